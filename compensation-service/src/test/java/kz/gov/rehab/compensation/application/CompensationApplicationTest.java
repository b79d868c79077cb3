package kz.gov.rehab.compensation.application;

import static io.restassured.RestAssured.given;
import static kz.gov.rehab.compensation.support.Applicants.applicationsOf;
import static kz.gov.rehab.compensation.support.Applicants.forget;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import kz.gov.rehab.commons.testing.EgovGatewayResource;
import kz.gov.rehab.commons.testing.IdleTransactions;
import kz.gov.rehab.compensation.support.Applicants;
import kz.gov.rehab.compensation.support.Callers;
import kz.gov.rehab.compensation.support.OutboxEvents;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Applications and decisions through the REST API, with the registries read from the real gateway
 * process (the named fixtures of docs/registry-fixtures.md), on the real PostgreSQL.
 */
@QuarkusTest
@QuarkusTestResource(value = EgovGatewayResource.class, restrictToAnnotatedClass = false)
class CompensationApplicationTest {

    static final String APPLICATIONS = "/api/v1/compensations/applications";

    static ValidatableResponse submit(String form) {
        return given().header("Authorization", Callers.officer()).contentType(ContentType.JSON).body(form)
                .post(APPLICATIONS).then();
    }

    static String submitted(String form, String expectedStatus) {
        return submit(form).statusCode(201).body("status", equalTo(expectedStatus)).extract().path("id");
    }

    static ValidatableResponse decide(String id, String decision) {
        return given().header("Authorization", Callers.officer()).contentType(ContentType.JSON).body(decision)
                .post(APPLICATIONS + "/" + id + "/decision").then();
    }

    static ValidatableResponse assign(String id) {
        return decide(id, "{\"outcome\":\"ASSIGN\"}");
    }

    @Inject
    DataSource dataSource;

    @AfterEach
    void registriesBackToNormal() {
        EgovGatewayResource.clearFaults();
    }

    @Test
    void threeQuartersMrpPerMonth_24MonthsFiledIn2026Is77850_para4() {
        forget(Applicants.ISKAKOV.iin());
        String id = submit(Applicants.ISKAKOV.form("2026-05-04")).statusCode(201)
                .header("Location", containsString(APPLICATIONS + "/"))
                .body("status", equalTo("DATA_CHECKED"))
                .body("mismatches", empty())
                .body("rehabilitation.months", equalTo(24))
                .body("rehabilitation.category", equalTo("REPRESSED"))
                .body("registry.identityDocument.number", equalTo("099000007"))
                .body("registry.address.katoCode", equalTo("711110000"))
                .body("number", containsString("CMP-2026-"))
                .extract().path("id");

        assign(id).statusCode(200)
                .body("status", equalTo("ASSIGNED"))
                .body("decision.amount.amount", equalTo("77850.00"))
                .body("decision.amountBasis.mrp.amount", equalTo("4325.00"))
                .body("decision.amountBasis.capped", equalTo(false));

        assertThat(OutboxEvents.typesOf(UUID.fromString(id))).containsExactly(
                "kz.gov.rehab-compensation.application.submitted", "kz.gov.rehab-compensation.application.data-checked",
                "kz.gov.rehab-compensation.compensation.assigned");
        assertThat(OutboxEvents.dataOf(UUID.fromString(id)).get(2)).contains("\"amount\": {\"amount\": \"77850.00\", \"currency\": \"KZT\"}")
                .contains("3307******60").doesNotContain("330707399060").doesNotContain("Исқақов");
    }

    @Test
    void cappedAt100Mrp_200MonthsIn2026Is432500_para4() {
        forget(Applicants.AKHMETOV.iin());
        String id = submitted(Applicants.AKHMETOV.form("2026-03-02"), "DATA_CHECKED");
        assign(id).statusCode(200).body("decision.amount.amount", equalTo("432500.00"))
                .body("decision.amountBasis.capped", equalTo(true))
                .body("rehabilitation.months", equalTo(200));
    }

    @Test
    void mrpInForceOnTheFilingDate_filedIn2025Uses3932_para4() {
        forget(Applicants.SEITKALI.iin());
        // 36 months × ¾ × 3,932 KZT (MRP 2025), although decided in 2026
        String id = submitted(Applicants.SEITKALI.form("2025-06-10"), "DATA_CHECKED");
        assign(id).statusCode(200).body("decision.amount.amount", equalTo("106164.00"))
                .body("decision.amountBasis.mrp.amount", equalTo("3932.00"));
    }

    @Test
    void secondApplicationOfAPersonWhoHoldsTheCompensationIsRefusedNamingTheFirst_P3() {
        forget(Applicants.KIM.iin());
        String first = submitted(Applicants.KIM.form("2026-04-01"), "DATA_CHECKED");
        String firstNumber = assign(first).statusCode(200).extract().path("number");

        submit(Applicants.KIM.form("2026-06-01")).statusCode(201)
                .body("status", equalTo("REFUSED"))
                .body("decision.refusalReason", equalTo("ALREADY_COMPENSATED"))
                .body("decision.refusalDetail", containsString(firstNumber));
    }

    @Test
    void deceasedBeforeAssignmentIsRefusedOnThatGround_theDecisionIsARecord() {
        forget(Applicants.ZHUMABAEV.iin());
        String id = submitted(Applicants.ZHUMABAEV.form("2026-05-04"), "DATA_CHECKED");
        assign(id).statusCode(200)
                .body("status", equalTo("REFUSED"))
                .body("decision.refusalReason", equalTo("APPLICANT_DECEASED"))
                .body("decision.refusalDetail", containsString("AliveWhenAssigned"));
        assertThat(OutboxEvents.typesOf(UUID.fromString(id))).contains("kz.gov.rehab-compensation.compensation.refused");
        // a refused application is final: 409 naming the state
        assign(id).statusCode(409).contentType("application/problem+json").body("currentState", equalTo("REFUSED"));
    }

    @Test
    void paymentReceivedInAnotherRepublicGoesToAManualDecisionWithGrounds_P1() {
        forget(Applicants.SMAGULOV.iin());
        String id = submitted(Applicants.SMAGULOV.form("2026-05-04",
                "\"paymentInAnotherRepublic\":{\"received\":true,\"grounds\":\"Republic of Uzbekistan, 2019, part\"}"),
                "AWAITING_DECISION");
        given().header("Authorization", Callers.officer()).get(APPLICATIONS + "/" + id).then().statusCode(200)
                .body("pendingReasons[0]", containsString("another republic"));
        assign(id).statusCode(409).body("policy", equalTo("GroundsForManualDecision"));
        decide(id, "{\"outcome\":\"ASSIGN\",\"grounds\":\"the other republic paid a funeral allowance, not this compensation\"}")
                .statusCode(200).body("status", equalTo("ASSIGNED"))
                .body("decision.grounds", containsString("funeral allowance"));
    }

    @Test
    void categoryWithoutARateInForceGetsNoAmountAndWaitsWithTheReason_para4() {
        forget(Applicants.SCHMIDT.iin());
        String id = submit(Applicants.SCHMIDT.form("2026-05-04")).statusCode(201)
                .body("status", equalTo("AWAITING_DECISION"))
                .body("rehabilitation.category", equalTo("SUFFERED_FROM_REPRESSIONS"))
                .body("pendingReasons", hasItem(containsString("no rate")))
                .body("decision", nullValue())
                .extract().path("id");
        decide(id, "{\"outcome\":\"ASSIGN\",\"grounds\":\"officer would like to pay\"}").statusCode(409)
                .contentType("application/problem+json").body("policy", equalTo("AmountInForce"));
    }

    @Test
    void everyDifferenceFromTheRegistriesIsReportedByField_para3() {
        forget(Applicants.BAIZHANOVA.iin());
        submit(Applicants.BAIZHANOVA.form("2026-05-04", "\"surname\":\"Байжанов\"",
                "\"identityDocument\":{\"type\":\"ID_CARD\",\"number\":\"012345678\",\"issuer\":\"ҚР ІІМ\"}"))
                .statusCode(201)
                .body("status", equalTo("DATA_MISMATCH"))
                .body("mismatches", hasSize(2))
                .body("mismatches[0].field", equalTo("surname"))
                .body("mismatches[0].onForm", equalTo("Байжанов"))
                .body("mismatches[0].inRegistry", equalTo("Байжанова"))
                .body("mismatches[1].field", equalTo("identityDocument.number"))
                .body("mismatches[1].inRegistry", equalTo("099000012"))
                .body("registry.person.surname", equalTo("Байжанова"));
    }

    @Test
    void referenceNotInTheRegisterIsFiledThenRefusedWithAReasonedDecision_P1_P3() {
        forget(Applicants.NURLANOVA.iin());
        String id = submit(Applicants.NURLANOVA.form("2026-05-04")).statusCode(201)
                .body("status", equalTo("AWAITING_DECISION"))
                .body("pendingReasons", hasItem(containsString("not in the rehabilitation register"))).extract().path("id");
        decide(id, "{\"outcome\":\"ASSIGN\",\"grounds\":\"the register was asked again at the decision\"}").statusCode(200)
                .body("status", equalTo("REFUSED"))
                .body("decision.refusalReason", equalTo("REFERENCE_NOT_IN_REGISTER"));
        // a reference with another date than the register's is not the registered one either
        forget(Applicants.OMAROVA.iin());
        submit(Applicants.OMAROVA.form("2026-05-04", "\"rehabilitationReference\":{\"number\":\"R-1997-099002\",\"date\":\"1997-06-03\"}"))
                .statusCode(201).body("status", equalTo("AWAITING_DECISION"));
    }

    @Test
    void personPaidBeforeTheSystemIsRefusedAsAlreadyPaid_P3() {
        forget(Applicants.OSPANOV.iin());
        submit(Applicants.OSPANOV.form("2026-05-04")).statusCode(201)
                .body("status", equalTo("REFUSED"))
                .body("decision.refusalReason", equalTo("ALREADY_COMPENSATED"))
                .body("decision.refusalDetail", containsString("2019-06-14"));
    }

    @Test
    void registryOutageAnswers503WithRetryAfterAndWritesNothing_para3() {
        forget(Applicants.OMAROVA.iin());
        EgovGatewayResource.injectOutage("persons");
        submit(Applicants.OMAROVA.form("2026-05-04")).statusCode(503).contentType("application/problem+json")
                .header("Retry-After", org.hamcrest.Matchers.notNullValue());
        assertThat(applicationsOf(Applicants.OMAROVA.iin())).isZero();
    }

    @Test
    void aSlowRegistryHoldsNoDatabaseTransactionOpen_para3() throws Exception {
        forget(Applicants.ISKAKOV.iin());
        EgovGatewayResource.injectLatency("rehabilitation-records", 1500);
        CompletableFuture<Integer> answered = CompletableFuture.supplyAsync(
                () -> submit(Applicants.ISKAKOV.form("2026-05-04")).extract().statusCode());
        List<Integer> idleTransactions = IdleTransactions.sampledWhile(dataSource, answered);

        assertThat(answered.get()).isEqualTo(201);
        assertThat(idleTransactions).as("sampled while the registry was slow").hasSizeGreaterThan(10);
        assertThat(idleTransactions).as("transactions of this service idle for 0.5 s or more while the registry answered")
                .containsOnly(0);
    }

    @Test
    void aSlowRegistryHoldsNoLockOpenWhileTheAssignmentWaits_para3() throws Exception {
        forget(Applicants.ISKAKOV.iin());
        String id = submitted(Applicants.ISKAKOV.form("2026-05-04"), "DATA_CHECKED");
        EgovGatewayResource.injectLatency("persons", 1500);
        CompletableFuture<Integer> answered = CompletableFuture.supplyAsync(() -> assign(id).extract().statusCode());
        List<Integer> idleTransactions = IdleTransactions.sampledWhile(dataSource, answered);

        assertThat(answered.get()).isEqualTo(200);
        assertThat(idleTransactions).as("sampled while the registry was slow").hasSizeGreaterThan(10);
        assertThat(idleTransactions).as("transactions (and their locks) idle for 0.5 s or more while the registry answered")
                .containsOnly(0);
    }

    @Test
    void retriedSubmissionWithTheSameIdempotencyKeyIsAcceptedOnce() {
        forget(Applicants.ISKAKOV.iin());
        String key = "submit-" + UUID.randomUUID();
        String form = Applicants.ISKAKOV.form("2026-05-05");
        String first = given().header("Authorization", Callers.officer()).header("Idempotency-Key", key)
                .contentType(ContentType.JSON).body(form).post(APPLICATIONS).then().statusCode(201).extract().path("number");
        given().header("Authorization", Callers.officer()).header("Idempotency-Key", key)
                .contentType(ContentType.JSON).body(form).post(APPLICATIONS).then().statusCode(201)
                .header("Idempotent-Replayed", "true").body("number", equalTo(first));
        given().header("Authorization", Callers.officer()).header("Idempotency-Key", key)
                .contentType(ContentType.JSON).body(Applicants.ISKAKOV.form("2026-05-06")).post(APPLICATIONS).then()
                .statusCode(422).contentType("application/problem+json");
        assertThat(applicationsOf(Applicants.ISKAKOV.iin())).isEqualTo(1);
    }

    /** A retry sent while the first is still recorded waits for it and is answered with it (P3: one application). */
    @Test
    void concurrentRetriesOfOneSubmissionAreAcceptedOnceAndAllAnsweredWithIt() throws Exception {
        forget(Applicants.ISKAKOV.iin());
        String key = "submit-concurrent-" + UUID.randomUUID();
        String form = Applicants.ISKAKOV.form("2026-05-05");
        int callers = 4;
        ExecutorService pool = Executors.newFixedThreadPool(callers);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<ExtractableResponse<Response>>> answers = new ArrayList<>();
        for (int i = 0; i < callers; i++) {
            answers.add(pool.submit(() -> {
                start.await();
                return given().header("Authorization", Callers.officer()).header("Idempotency-Key", key)
                        .contentType(ContentType.JSON).body(form).post(APPLICATIONS).then().extract();
            }));
        }
        start.countDown();
        Set<String> numbers = new HashSet<>();
        int firsts = 0;
        for (Future<ExtractableResponse<Response>> answer : answers) {
            ExtractableResponse<Response> response = answer.get();
            assertThat(response.statusCode()).as(response.asString()).isEqualTo(201);
            numbers.add(response.path("number"));
            firsts += response.header("Idempotent-Replayed") == null ? 1 : 0;
        }
        pool.shutdown();
        assertThat(numbers).as("every caller is answered with the one application").hasSize(1);
        assertThat(firsts).as("one answer is the first, the others its replays").isEqualTo(1);
        assertThat(applicationsOf(Applicants.ISKAKOV.iin())).isEqualTo(1);
    }

    @Test
    void statusInquiryByApplicationNumberAndIin_egovPortal() {
        forget(Applicants.ISKAKOV.iin());
        String number = submit(Applicants.ISKAKOV.form("2026-05-04")).statusCode(201).extract().path("number");
        given().header("Authorization", Callers.egovPortal()).contentType(ContentType.JSON)
                .body("{\"applicationNumber\":\"" + number + "\",\"iin\":\"" + Applicants.ISKAKOV.iin() + "\"}")
                .post("/api/v1/compensations/status-inquiries").then().statusCode(200)
                .body("status", equalTo("DATA_CHECKED"))
                .body("stages.stage", org.hamcrest.Matchers.contains("submitted", "data-checked"));
        given().header("Authorization", Callers.egovPortal()).contentType(ContentType.JSON)
                .body("{\"applicationNumber\":\"" + number + "\",\"iin\":\"" + Applicants.KIM.iin() + "\"}")
                .post("/api/v1/compensations/status-inquiries").then().statusCode(404).contentType("application/problem+json");
        given().header("Authorization", Callers.officer()).contentType(ContentType.JSON)
                .body("{\"applicationNumber\":\"" + number + "\",\"iin\":\"" + Applicants.ISKAKOV.iin() + "\"}")
                .post("/api/v1/compensations/status-inquiries").then().statusCode(403);
    }

    @Test
    void aDecisionOnAStaleVersionIsRefused_optimisticLocking() {
        forget(Applicants.AKHMETOV.iin());
        String id = submitted(Applicants.AKHMETOV.form("2026-03-02"), "DATA_CHECKED");
        var read = given().header("Authorization", Callers.officer()).get(APPLICATIONS + "/" + id)
                .then().statusCode(200).extract();
        int version = read.path("version");
        assertThat(read.header("ETag")).isEqualTo("\"" + version + "\"");
        given().header("Authorization", Callers.officer()).header("If-Match", "\"" + (version + 1) + "\"")
                .contentType(ContentType.JSON).body("{\"outcome\":\"ASSIGN\"}").post(APPLICATIONS + "/" + id + "/decision")
                .then().statusCode(412).contentType("application/problem+json")
                .body("type", equalTo("https://rehab.gov.kz/problems/version-mismatch"))
                .body("currentState", equalTo("DATA_CHECKED")).body("currentVersion", equalTo(version));

        String key = "decision-" + id;
        var decided = given().header("Authorization", Callers.officer()).header("If-Match", read.header("ETag"))
                .header("Idempotency-Key", key).contentType(ContentType.JSON).body("{\"outcome\":\"ASSIGN\"}")
                .post(APPLICATIONS + "/" + id + "/decision").then().statusCode(200).body("status", equalTo("ASSIGNED")).extract();
        String etag = decided.header("ETag");
        assertThat(etag).isEqualTo("\"" + decided.path("version") + "\"").isNotEqualTo(read.header("ETag"));
        // The retry gets the stored answer with its ETag; the read agrees with it.
        given().header("Authorization", Callers.officer()).header("If-Match", read.header("ETag"))
                .header("Idempotency-Key", key).contentType(ContentType.JSON).body("{\"outcome\":\"ASSIGN\"}")
                .post(APPLICATIONS + "/" + id + "/decision").then().statusCode(200)
                .header("Idempotent-Replayed", "true").header("ETag", etag);
        given().header("Authorization", Callers.officer()).get(APPLICATIONS + "/" + id).then().statusCode(200).header("ETag", etag);
    }

    @Test
    void everyStageIsKeptInTheHistoryWithWhoAndWhen() {
        forget(Applicants.KIM.iin());
        String id = submitted(Applicants.KIM.form("2026-04-01"), "DATA_CHECKED");
        assign(id).statusCode(200);
        given().header("Authorization", Callers.auditor()).get(APPLICATIONS + "/" + id + "/stages").then().statusCode(200)
                .body("items.stage", org.hamcrest.Matchers.contains("submitted", "data-checked", "assigned"))
                .body("items.actor[2]", equalTo("officer-astana-1")).body("totalItems", equalTo(3));
    }
}

package kz.gov.rehab.certificate.intake.rest;

import static io.restassured.RestAssured.given;
import static kz.gov.rehab.certificate.support.Intakes.AKHMETOV;
import static kz.gov.rehab.certificate.support.Intakes.AKHMETOV_ID_CARD;
import static kz.gov.rehab.certificate.support.Intakes.BRANCH;
import static kz.gov.rehab.certificate.support.Intakes.OMAROVA;
import static kz.gov.rehab.certificate.support.Intakes.PETROVA;
import static kz.gov.rehab.certificate.support.Intakes.PETROVA_ID_CARD;
import static kz.gov.rehab.certificate.support.Intakes.UNKNOWN;
import static kz.gov.rehab.certificate.support.Intakes.ZHUMABAYEV;
import static kz.gov.rehab.certificate.support.Intakes.ZHUMABAYEV_ID_CARD;
import static kz.gov.rehab.certificate.support.Intakes.unknownPerson;
import static kz.gov.rehab.certificate.support.Intakes.withResidentialAddress;
import static kz.gov.rehab.certificate.support.Intakes.OMAROVA_ID_CARD;
import static kz.gov.rehab.certificate.support.Intakes.SEITKALI;
import static kz.gov.rehab.certificate.support.Intakes.SEITKALI_ID_CARD;
import static kz.gov.rehab.certificate.support.Intakes.body;
import static kz.gov.rehab.certificate.support.Intakes.certificate;
import static kz.gov.rehab.certificate.support.Intakes.submit;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import kz.gov.rehab.commons.time.ServiceClock;
import kz.gov.rehab.certificate.application.ServiceDeadline;
import kz.gov.rehab.certificate.support.CertificateTables;
import kz.gov.rehab.certificate.support.GatewayTokens;
import kz.gov.rehab.commons.testing.TransactionsPerKey;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Intake at the State Corporation (C1–C6) against the real registries of the gateway. */
@QuarkusTest
class IntakeResourceTest {

    @Inject
    EntityManager em;

    @Inject
    ServiceDeadline deadline;

    @Inject
    ServiceClock clock;

    @BeforeEach
    void noApplications() {
        CertificateTables.clean(em);
    }

    @Test
    void completeSetIsAcceptedWithReceiptAndReadyDate_para5_item5() {
        String number = submit(certificate(SEITKALI, SEITKALI_ID_CARD))
                .statusCode(201)
                .header("Location", containsString("/api/v1/certificates/applications/CRT-"))
                .body("status", equalTo("UNDER_REVIEW"))
                .body("applicantIin", equalTo("3504******00"))
                .body("readyDate", equalTo(deadline.readyDate(clock.today()).date().toString()))
                .body("receipt.kind", equalTo("ACCEPTANCE"))
                .body("receipt.acceptedDocuments", hasItem("Identity card No. " + SEITKALI_ID_CARD))
                .body("receipt.acceptedBy.surname", equalTo("Сапарова"))
                .body("receipt.submittedAt", notNullValue())
                .body("receipt.resultReadyOn", equalTo(deadline.readyDate(clock.today()).date().toString()))
                .extract().path("number");
        assertEquals(List.of("kz.gov.rehab-certificate.application.submitted", "kz.gov.rehab-certificate.application.accepted",
                "kz.gov.rehab-certificate.application.routed"), CertificateTables.eventTypes(em, number));
    }

    /** C9, C12: the answer to a submission shows the stages it recorded, as a later read of the application shows them. */
    @Test
    void theAnswerShowsTheStagesAReadOfTheApplicationShows_C9() {
        ExtractableResponse<Response> accepted = submit(certificate(SEITKALI, SEITKALI_ID_CARD)).statusCode(201)
                .body("stages.stage", contains("submitted", "accepted", "routed"))
                .body("stages.status", contains("UNDER_REVIEW", "UNDER_REVIEW", "UNDER_REVIEW"))
                .extract();
        ExtractableResponse<Response> refused = submit(body("CERTIFICATE", SEITKALI, SEITKALI_ID_CARD, false)).statusCode(201)
                .body("stages.stage", contains("submitted", "refused-at-intake"))
                .extract();
        for (ExtractableResponse<Response> answer : List.of(accepted, refused)) {
            String number = answer.path("number");
            List<Object> read = given().auth().oauth2(GatewayTokens.stateCorporation(BRANCH))
                    .get("/api/v1/certificates/applications/" + number).then().statusCode(200).extract().path("stages");
            assertEquals(read, answer.path("stages"), number);
        }
    }

    @Test
    void identityAndAddressComeFromTheRegistries_C1_item3() {
        var answer = submit(certificate(SEITKALI, SEITKALI_ID_CARD))
                .statusCode(201)
                .body("registrySnapshot.applicant.surname", equalTo("Сейтқали"))
                .body("registrySnapshot.applicant.patronymic", equalTo(null))
                .body("registrySnapshot.registeredAddress.settlementKato", equalTo("711310000"))
                .body("registrySnapshot.rehabilitationRegister.presentedReferenceFound", equalTo(true))
                .body("registrySnapshot.rehabilitationRegister.references.number", contains("R-1996-099001"))
                .body("akimatCode", equalTo("710000000"))
                .extract();
        assertEquals((String) answer.path("registrySnapshot.registeredAddress.competentAkimatCode"), (String) answer.path("akimatCode"));
    }

    @Test
    void missingRehabilitationReferenceIsRefusedAtIntake_appendix3() {
        submit(body("CERTIFICATE", SEITKALI, SEITKALI_ID_CARD, false))
                .statusCode(201)
                .body("status", equalTo("REFUSED_AT_INTAKE"))
                .body("readyDate", equalTo(null))
                .body("receipt.kind", equalTo("REFUSAL_TO_ACCEPT"))
                .body("receipt.branchNumber", equalTo(BRANCH))
                .body("receipt.branchAddress", notNullValue())
                .body("receipt.missingOrInvalidDocuments", hasSize(1))
                .body("receipt.missingOrInvalidDocuments[0]", startsWith("Rehabilitation reference or copy of a court act"))
                .body("receipt.employee", equalTo("Сапарова Динара"))
                .body("receipt.employeePhone", equalTo("+7 7172 55 00 11"))
                .body("receipt.applicant", equalTo("Сейтқали Бекжан"))
                .body("receipt.copies", equalTo(2));
    }

    @Test
    void expiredIdentityCardIsRefusedAtIntake_appendix3() {
        String number = submit(certificate(OMAROVA, OMAROVA_ID_CARD))
                .statusCode(201)
                .body("status", equalTo("REFUSED_AT_INTAKE"))
                .body("receipt.missingOrInvalidDocuments", contains("Identity card No. 099000002: expired on 2025-03-09"))
                .extract().path("number");
        assertEquals(List.of("kz.gov.rehab-certificate.application.submitted",
                "kz.gov.rehab-certificate.application.refused-at-intake"), CertificateTables.eventTypes(em, number));
    }

    @Test
    void representativeWithoutPowerOfAttorneyIsRefusedAtIntake_item10_3() {
        String request = certificate(SEITKALI, AKHMETOV_ID_CARD).replace("\"personalDataConsent\"",
                "\"representative\":{\"iin\":\"" + AKHMETOV + "\"},\"personalDataConsent\"");
        submit(request)
                .statusCode(201)
                .body("status", equalTo("REFUSED_AT_INTAKE"))
                .body("receipt.missingOrInvalidDocuments", contains("Notarised power of attorney of the representative: not presented"));
    }

    @Test
    void representativeWithPowerOfAttorneyIsAccepted_item10_3() {
        String request = certificate(SEITKALI, AKHMETOV_ID_CARD).replace("\"personalDataConsent\"", """
                "representative":{"iin":"%s","powerOfAttorney":{"notary":"Нотариус Әлиева А.Б.","number":"2026-0012345",
                  "issuedOn":"2026-01-15","validUntil":"2099-01-15"}},"personalDataConsent\"""".formatted(AKHMETOV));
        submit(request)
                .statusCode(201)
                .body("status", equalTo("UNDER_REVIEW"))
                .body("registrySnapshot.representative.surname", equalTo("Ахметов"))
                .body("receipt.acceptedDocuments", hasItem(startsWith("Notarised power of attorney No. 2026-0012345")));
    }

    @Test
    void duplicateWithoutAnOriginalOnRecordIsAcceptedForTheAkimatsReview_C3_item11() {
        submit(body("DUPLICATE", SEITKALI, SEITKALI_ID_CARD, true))
                .statusCode(201)
                .body("status", equalTo("UNDER_REVIEW"))
                .body("receipt.kind", equalTo("ACCEPTANCE"))
                .body("reviewFindings.code", contains("no-original-certificate"))
                .body("reviewFindings[0].mayBearOn", equalTo("NON_COMPLIANCE_WITH_ITEM_10"));
    }

    @Test
    void deceasedPersonsCompleteSetIsAcceptedWithAFinding_C3() {
        String number = submit(certificate(ZHUMABAYEV, ZHUMABAYEV_ID_CARD))
                .statusCode(201)
                .body("status", equalTo("UNDER_REVIEW"))
                .body("receipt.kind", equalTo("ACCEPTANCE"))
                .body("akimatCode", equalTo("351000000"))
                .body("reviewFindings.code", hasItem("applicant-deceased"))
                .body("reviewFindings.find { it.code == 'applicant-deceased' }.detail", containsString("2024-02-11"))
                .extract().path("number");
        assertEquals(List.of("kz.gov.rehab-certificate.application.submitted", "kz.gov.rehab-certificate.application.accepted",
                "kz.gov.rehab-certificate.application.routed"), CertificateTables.eventTypes(em, number));
    }

    @Test
    void personWithoutRegisteredAddressIsRoutedByTheAddressWrittenOnTheForm_C6_appendix1() {
        submit(withResidentialAddress(certificate(PETROVA, PETROVA_ID_CARD), "751110000"))
                .statusCode(201)
                .body("status", equalTo("UNDER_REVIEW"))
                .body("akimatCode", equalTo("750000000"))
                .body("registrySnapshot.registeredAddress", equalTo(null))
                .body("registrySnapshot.residentialAddressOnForm.katoCode", equalTo("751110000"))
                .body("registrySnapshot.routing.by", equalTo("RESIDENTIAL_ADDRESS_ON_FORM"))
                .body("reviewFindings.code", hasItem("no-registered-address"));
    }

    @Test
    void personWithoutRegisteredAddressNeedsTheAddressOnTheForm_appendix1() {
        submit(certificate(PETROVA, PETROVA_ID_CARD))
                .statusCode(400).contentType("application/problem+json")
                .body("violations.field", hasItem("residentialAddress"));
        assertEquals(0, CertificateTables.count(em, "certificate_application"));
    }

    @Test
    void addressOnTheFormThatNoAkimatCoversIsAProblemNotARefusal() {
        submit(withResidentialAddress(certificate(PETROVA, PETROVA_ID_CARD), "000000001"))
                .statusCode(422).contentType("application/problem+json")
                .body("type", containsString("unknown-territory"));
        assertEquals(0, CertificateTables.count(em, "certificate_application"));
    }

    @Test
    void unknownPersonsCompleteSetIsAcceptedWithFindings_C3() {
        submit(unknownPerson(UNKNOWN))
                .statusCode(201)
                .body("status", equalTo("UNDER_REVIEW"))
                .body("akimatCode", equalTo("750000000"))
                .body("registrySnapshot.applicant", equalTo(null))
                .body("registrySnapshot.applicantNameOnForm.surname", equalTo("Белгісіз"))
                .body("reviewFindings.code", contains("applicant-not-found", "no-registered-address", "identity-document-not-found",
                        "reference-not-in-register"));
    }

    @Test
    void noStatementThatTheDocumentsAreAuthenticIsRefusedAtIntakeWithItsGround_appendix1_appendix3() {
        submit(certificate(SEITKALI, SEITKALI_ID_CARD).replace("\"documentsAuthentic\":true", "\"documentsAuthentic\":false"))
                .statusCode(201)
                .body("status", equalTo("REFUSED_AT_INTAKE"))
                .body("receipt.grounds", contains("INCOMPLETE_SET"))
                .body("receipt.legalBasis[0]", startsWith("Appendix 3"));
    }

    @Test
    void retryWithTheSameIdempotencyKeyReturnsTheFirstAnswerWithItsETag() {
        var first = given().auth().oauth2(GatewayTokens.stateCorporation(BRANCH)).header("Idempotency-Key", "intake-retry-1")
                .contentType("application/json").body(certificate(SEITKALI, SEITKALI_ID_CARD))
                .post("/api/v1/certificates/applications").then().statusCode(201).extract();
        String number = first.path("number");
        String etag = first.header("ETag");
        given().auth().oauth2(GatewayTokens.stateCorporation(BRANCH)).header("Idempotency-Key", "intake-retry-1")
                .contentType("application/json").body(certificate(SEITKALI, SEITKALI_ID_CARD))
                .post("/api/v1/certificates/applications").then().statusCode(201).body("number", equalTo(number))
                .header("Idempotent-Replayed", "true").header("ETag", etag);
        assertEquals(1, CertificateTables.count(em, "certificate_application"));
        // The ETag answered at intake is the version a read gives: a client may act on it at once.
        given().auth().oauth2(GatewayTokens.stateCorporation(BRANCH)).get("/api/v1/certificates/applications/" + number)
                .then().statusCode(200).header("ETag", etag);
    }

    /** Issue #18: the key, the application, its stages and events and the stored answer are one commit. */
    @Test
    void oneSubmissionWithAnIdempotencyKeyIsOneTransaction() {
        String key = "intake-one-transaction-" + UUID.randomUUID();
        submitWithKey(key, certificate(SEITKALI, SEITKALI_ID_CARD)).statusCode(201).body("status", equalTo("UNDER_REVIEW"));
        assertEquals(1, TransactionsPerKey.of(key), "transactions of this service for the submission");
        submitWithKey(key, certificate(SEITKALI, SEITKALI_ID_CARD)).statusCode(201).header("Idempotent-Replayed", "true");
        assertEquals(1, TransactionsPerKey.of(key), "a replay writes nothing");
    }

    /** A retry sent while the first is still recorded waits for it and gets its answer: one application. */
    @Test
    void concurrentRetriesOfOneSubmissionRecordOneApplicationAndAllGetItsAnswer() throws Exception {
        String key = "intake-concurrent-" + UUID.randomUUID();
        int callers = 4;
        ExecutorService pool = Executors.newFixedThreadPool(callers);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<ExtractableResponse<Response>>> answers = new ArrayList<>();
        for (int i = 0; i < callers; i++) {
            answers.add(pool.submit(() -> {
                start.await();
                return submitWithKey(key, certificate(SEITKALI, SEITKALI_ID_CARD)).extract();
            }));
        }
        start.countDown();
        Set<String> numbers = new HashSet<>();
        int firsts = 0;
        for (Future<ExtractableResponse<Response>> answer : answers) {
            ExtractableResponse<Response> response = answer.get();
            assertEquals(201, response.statusCode(), response.asString());
            numbers.add(response.path("number"));
            firsts += response.header("Idempotent-Replayed") == null ? 1 : 0;
        }
        pool.shutdown();
        assertEquals(1, numbers.size(), "every caller is answered with the one application");
        assertEquals(1, firsts, "one answer is the first, the others its replays");
        assertEquals(1, CertificateTables.count(em, "certificate_application"));
    }

    private static ValidatableResponse submitWithKey(String key, String body) {
        return given().auth().oauth2(GatewayTokens.stateCorporation(BRANCH)).header("Idempotency-Key", key)
                .contentType("application/json").body(body).post("/api/v1/certificates/applications").then();
    }

    @Test
    void onlyTheStateCorporationTakesApplications_item4() {
        given().auth().oauth2(GatewayTokens.token("portal", null, "egov-portal")).contentType("application/json")
                .body(certificate(SEITKALI, SEITKALI_ID_CARD)).post("/api/v1/certificates/applications")
                .then().statusCode(403).contentType("application/problem+json");
        given().contentType("application/json").body(certificate(SEITKALI, SEITKALI_ID_CARD))
                .post("/api/v1/certificates/applications").then().statusCode(401);
    }
}

package kz.gov.rehab.e2e.compensation;

import static kz.gov.rehab.e2e.compensation.CompensationGateway.CENTRE;
import static kz.gov.rehab.e2e.compensation.CompensationGateway.CHECKER;
import static kz.gov.rehab.e2e.compensation.CompensationGateway.MAKER;
import static kz.gov.rehab.e2e.compensation.CompensationGateway.MINISTRY;
import static kz.gov.rehab.e2e.compensation.CompensationGateway.OFFICER;
import static kz.gov.rehab.e2e.compensation.CompensationGateway.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * The home-schooling reimbursement and its quarterly report through the gateway against the running
 * system (registries of the gateway, PostgreSQL, the keys scripts/apps.sh made): a parent applies for
 * a child of the gateway's synthetic population, the reimbursement is assigned and its monthly
 * instalments paid, the Centre compiles the report of 2026-Q1 (JSON and CSV; an award decided and paid
 * today belongs to no past quarter), signs it and submits it to the simulated Ministry, which keeps
 * exactly the bytes the service stored.
 */
class HomeSchoolingReportIT {

    /** Synthetic population (docs/registry-fixtures.md): a child born 2008-12-30 in Kokshetau (Akmola region) and a parent. */
    static final String CHILD = "081230551065";
    static final String PARENT = "750321441202";

    static final String FORM = """
            {"iin":"%s","surname":"Исқақова","firstName":"Әсел","patronymic":"Маратқызы","birthDate":"1975-03-21",
             "address":"Көкшетау, Мир көшесі 44, 183",
             "identityDocument":{"type":"ID_CARD","number":"100001790","issuer":"ҚР ІІМ"},
             "bankAccount":{"iban":"KZ19601KZT0000000001","bank":"Halyk Bank"},
             "relationToChild":"PARENT",
             "child":{"iin":"%s","surname":"Исқақов","firstName":"Мұрат","patronymic":"Дәулетұлы","birthDate":"2008-12-30"},
             "disability":{"documentNumber":"MSE-2025-0042117","documentDate":"2025-08-20"},
             "homeSchoolingConclusion":{"number":"PMPK-2025-118","date":"2025-08-28","periodFrom":"2025-09-01","periodTo":"2026-05-31"},
             "consentToPersonalDataProcessing":true,"consentToUseOfProtectedSecrets":true,
             "applicationDate":"2026-01-12","acceptedOn":"2026-01-12",
             "acceptedBy":{"surname":"Жуманова","firstName":"Айгерим","position":"chief specialist"}}""".formatted(PARENT, CHILD);

    /**
     * An officer's POST the way a careful client sends it: with an Idempotency-Key, retrying with the
     * same key while the service answers 503 (a registry briefly unavailable, Retry-After).
     */
    static Response retried(String path, String body) {
        String key = UUID.randomUUID().toString();
        AtomicReference<Response> answer = new AtomicReference<>();
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1)).until(() -> {
            answer.set(as(OFFICER).header("Idempotency-Key", key).body(body).post(path));
            return answer.get().statusCode() != 503;
        });
        return answer.get();
    }

    @Test
    void reimbursementAssignedPaidReportedSignedAndSubmittedThroughTheGateway() {
        CompensationGateway.forget(CHILD);
        // the rate of the child's region is the maslikhat's: the test enters its own (6 MRP a month)
        CompensationGateway.testRate("110000000", "6");

        String id = retried("/api/v1/compensations/home-schooling/applications", FORM)
                .then().statusCode(201).body("status", equalTo("DATA_CHECKED"))
                .body("region.katoCode", equalTo("110000000")).extract().path("id");
        retried("/api/v1/compensations/applications/" + id + "/decision", "{\"outcome\":\"ASSIGN\"}")
                .then().statusCode(200).body("decision.amount.amount", equalTo("129750.00"))
                .body("homeSchooling.instalment.amount", equalTo("25950.00"));

        // the five monthly instalments (January to May 2026) have fallen due: paid by one batch
        JsonPath batch = as(MAKER).header("Idempotency-Key", UUID.randomUUID().toString())
                .body("{\"programme\":\"HOME_SCHOOLING_REIMBURSEMENT\",\"maxItems\":1000}")
                .post("/api/v1/compensations/payout-batches").then().statusCode(201).extract().jsonPath();
        assertThat(batch.getList("items.findAll { it.applicationId == '" + id + "' }.periodMonth"))
                .containsExactly("2026-01", "2026-02", "2026-03", "2026-04", "2026-05");
        String batchId = batch.getString("id");
        as(CHECKER).post("/api/v1/compensations/payout-batches/" + batchId + "/approval").then().statusCode(200);
        as(MAKER).post("/api/v1/compensations/payout-batches/" + batchId + "/sending").then().statusCode(200);
        List<String> results = new ArrayList<>();
        for (Map<String, Object> item : batch.<Map<String, Object>>getList("items")) {
            results.add("{\"endToEndId\":\"" + item.get("endToEndId") + "\",\"outcome\":\"PAID\"}");
        }
        as(MAKER).body("{\"results\":[" + String.join(",", results) + "]}")
                .post("/api/v1/compensations/payout-batches/" + batchId + "/bank-statement")
                .then().statusCode(200).body("status", equalTo("SETTLED"));

        // the report of 2026-Q1 (docs/quarterly-report.md): this award was decided today, after the quarter, and
        // its instalments were paid today, so neither its assignment nor its payments belong to Q1
        JsonPath report = as(CENTRE).accept("application/json").post("/api/v1/compensations/reports/home-schooling/2026-Q1")
                .then().statusCode(201).body("form", equalTo("HOME_SCHOOLING_REIMBURSEMENT")).body("period", equalTo("2026-Q1"))
                .body("dueDate", equalTo("2026-04-10")).body("late", equalTo(true))
                .extract().jsonPath();
        assertThat(report.getList("regions.regionCode")).doesNotContain("110000000");
        assertThat(report.getString("total.regionName")).isEqualTo("Total");

        String reportId = as(CENTRE).accept("application/json").post("/api/v1/compensations/reports/home-schooling/2026-Q1")
                .then().statusCode(201).extract().header("X-Report-Id");
        byte[] document = as(CENTRE).accept("application/json").get("/api/v1/compensations/reports/" + reportId)
                .then().statusCode(200).extract().asByteArray();
        String csv = new String(as(CENTRE).accept("text/csv").get("/api/v1/compensations/reports/" + reportId)
                .then().statusCode(200).extract().asByteArray(), StandardCharsets.UTF_8);
        assertThat(csv.lines()).contains("\"Due date\",2026-04-10", "Late,yes");
        assertThat(csv.lines()).anyMatch(line -> line.startsWith(",Total,"));

        // R2: signed with the Centre's key, accepted by the Ministry, which keeps the exact bytes
        String ministryId = as(CENTRE).header("Idempotency-Key", UUID.randomUUID().toString())
                .post("/api/v1/compensations/reports/" + reportId + "/submissions")
                .then().statusCode(201).body("outcome", equalTo("ACCEPTED")).body("late", equalTo(true))
                .body("ministrySubmissionId", notNullValue()).extract().path("ministrySubmissionId");
        byte[] received = as(MINISTRY).get("/ministry/v1/report-submissions/" + ministryId + "/document")
                .then().statusCode(200).extract().asByteArray();
        assertThat(received).isEqualTo(document);
        as(MINISTRY).get("/ministry/v1/report-submissions/" + ministryId).then().statusCode(200)
                .body("form", equalTo("HOME_SCHOOLING_REIMBURSEMENT")).body("period", equalTo("2026-Q1"));

        // a caller without the Centre's role is refused at the entrance or by the service
        as(OFFICER).post("/api/v1/compensations/reports/home-schooling/2026-Q1").then().statusCode(403)
                .contentType("application/problem+json");
    }
}

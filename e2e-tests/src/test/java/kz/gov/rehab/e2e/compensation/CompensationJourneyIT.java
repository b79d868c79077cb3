package kz.gov.rehab.e2e.compensation;

import static kz.gov.rehab.e2e.compensation.CompensationGateway.CHECKER;
import static kz.gov.rehab.e2e.compensation.CompensationGateway.EGOV_PORTAL;
import static kz.gov.rehab.e2e.compensation.CompensationGateway.MAKER;
import static kz.gov.rehab.e2e.compensation.CompensationGateway.OFFICER;
import static kz.gov.rehab.e2e.compensation.CompensationGateway.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import kz.gov.rehab.e2e.Pages;
import org.junit.jupiter.api.Test;

/**
 * One compensation from the Appendix 1 application to the bank's payment, through the gateway
 * against the running applications (registries of the gateway, PostgreSQL, Kafka): the amount of
 * P4, one payment per person (P3), four-eyes payout, the bank file, reconciliation and the
 * applicant's status inquiry.
 */
class CompensationJourneyIT {

    /** Registry fixture 330707399060: 24 months, REPRESSED (docs/registry-fixtures.md). */
    static final String IIN = "330707399060";

    static String form(String acceptedOn) {
        return CompensationGateway.iskakovApplication(acceptedOn);
    }

    @Test
    void compensationFromApplicationToPaymentThroughTheGateway() {
        CompensationGateway.forget(IIN);

        JsonPath application = as(OFFICER).header("Idempotency-Key", UUID.randomUUID().toString()).body(form("2026-05-04"))
                .post("/api/v1/compensations/applications")
                .then().statusCode(201).body("status", equalTo("DATA_CHECKED"))
                .body("rehabilitation.months", equalTo(24)).extract().jsonPath();
        String id = application.getString("id");
        String number = application.getString("number");
        assertThat(Pages.field(() -> as(OFFICER), "/api/v1/compensations/applications?status=DATA_CHECKED&size=50", "number",
                String.class)).as("the work queue of applications waiting for a decision").contains(number);

        // Through the gateway: the read's ETag; a stale If-Match is 412, the current one decides; money with its currency.
        var read = as(OFFICER).get("/api/v1/compensations/applications/" + id).then().statusCode(200).extract();
        int version = read.path("version");
        String etag = read.header("ETag");
        assertThat(etag).isEqualTo("\"" + version + "\"");
        as(OFFICER).header("If-Match", "\"" + (version + 1) + "\"").body("{\"outcome\":\"ASSIGN\"}")
                .post("/api/v1/compensations/applications/" + id + "/decision")
                .then().statusCode(412).body("type", equalTo("https://rehab.gov.kz/problems/version-mismatch"));
        as(OFFICER).header("If-Match", etag).body("{\"outcome\":\"ASSIGN\"}").post("/api/v1/compensations/applications/" + id + "/decision")
                .then().statusCode(200).body("status", equalTo("ASSIGNED")).body("decision.amount.amount", equalTo("77850.00"))
                .body("decision.amount.currency", equalTo("KZT"))
                .body("decision.decidedAt", org.hamcrest.Matchers.matchesPattern("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\+05:00"));

        // P3: a second application of the same person is refused, naming the first
        as(OFFICER).body(form("2026-05-20")).post("/api/v1/compensations/applications")
                .then().statusCode(201).body("status", equalTo("REFUSED"))
                .body("decision.refusalReason", equalTo("ALREADY_COMPENSATED"))
                .body("decision.refusalDetail", containsString(number));

        JsonPath batch = as(MAKER).header("Idempotency-Key", UUID.randomUUID().toString()).body("{\"maxItems\":1000}")
                .post("/api/v1/compensations/payout-batches").then().statusCode(201).extract().jsonPath();
        String batchId = batch.getString("id");
        assertThat(batch.getList("items.applicationId")).contains(id);
        String endToEndId = batch.getString("items.find { it.applicationId == '" + id + "' }.endToEndId");

        as(MAKER).post("/api/v1/compensations/payout-batches/" + batchId + "/approval")
                .then().statusCode(403).contentType("application/problem+json");
        as(MAKER).accept("application/xml").get("/api/v1/compensations/payout-batches/" + batchId + "/pain001")
                .then().statusCode(409).contentType("application/problem+json")
                .body("type", equalTo("https://rehab.gov.kz/problems/batch-not-approved"));
        assertThat(Pages.field(() -> as(CHECKER), "/api/v1/compensations/payout-batches?status=ASSEMBLED&size=50", "id",
                String.class)).as("the batches waiting for a checker").contains(batchId);
        as(CHECKER).post("/api/v1/compensations/payout-batches/" + batchId + "/approval")
                .then().statusCode(200).body("status", equalTo("APPROVED"));
        as(MAKER).post("/api/v1/compensations/payout-batches/" + batchId + "/sending")
                .then().statusCode(200).body("status", equalTo("SENT"));

        String xml = as(MAKER).accept("application/xml").get("/api/v1/compensations/payout-batches/" + batchId + "/pain001")
                .then().statusCode(200).extract().asString();
        assertThat(as(CHECKER).accept("application/xml").get("/api/v1/compensations/payout-batches/" + batchId + "/pain001")
                .then().statusCode(200).extract().asString()).as("the same file on every download").isEqualTo(xml);
        assertThat(xml).contains("urn:iso:std:iso:20022:tech:xsd:pain.001.001.09")
                .contains("<EndToEndId>" + endToEndId + "</EndToEndId>");

        List<String> results = new ArrayList<>();
        for (Map<String, Object> item : batch.<Map<String, Object>>getList("items")) {
            results.add("{\"endToEndId\":\"" + item.get("endToEndId") + "\",\"outcome\":\"PAID\"}");
        }
        String statement = "{\"results\":[" + String.join(",", results) + "]}";
        String key = UUID.randomUUID().toString();
        as(MAKER).header("Idempotency-Key", key).body(statement)
                .post("/api/v1/compensations/payout-batches/" + batchId + "/bank-statement")
                .then().statusCode(200).body("status", equalTo("SETTLED"));
        as(MAKER).header("Idempotency-Key", key).body(statement)
                .post("/api/v1/compensations/payout-batches/" + batchId + "/bank-statement")
                .then().statusCode(200).header("Idempotent-Replayed", "true");

        as(MAKER).get("/api/v1/compensations/payout-batches/" + batchId + "/reconciliation")
                .then().statusCode(200).body("balanced", equalTo(true)).body("settled", equalTo(true))
                .body("outstanding.count", equalTo(0));

        as(EGOV_PORTAL).body("{\"applicationNumber\":\"" + number + "\",\"iin\":\"" + IIN + "\"}")
                .post("/api/v1/compensations/status-inquiries")
                .then().statusCode(200).body("status", equalTo("PAID")).body("amount.amount", equalTo("77850.00"))
                .body("stages.stage", hasItem("paid"));
    }

    @Test
    void badInputThroughTheGatewayIsAProblemAndNothingIsWritten() {
        as(OFFICER).body(form("2026-05-04").replace("KZ19601KZT0000000001", "KZ20601KZT0000000001"))
                .post("/api/v1/compensations/applications")
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", hasItem("bankAccount.iban"));
        as(OFFICER).body("{\"iin\":").post("/api/v1/compensations/applications")
                .then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void withoutAnApiKeyNothingReachesTheService() {
        io.restassured.RestAssured.given().baseUri(CompensationGateway.URL).contentType("application/json")
                .body(form("2026-05-04")).post("/api/v1/compensations/applications")
                .then().statusCode(401);
    }
}

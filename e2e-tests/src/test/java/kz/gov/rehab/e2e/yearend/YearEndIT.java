package kz.gov.rehab.e2e.yearend;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import kz.gov.rehab.e2e.Gateway;
import kz.gov.rehab.e2e.compensation.CompensationGateway;
import org.junit.jupiter.api.Test;

/**
 * The year end through the gateway, with the clocks of the applications started at
 * {@code yearend.clock} by configuration (scripts/test.sh runs this class twice: on Monday
 * 28 December 2026 and on Thursday 30 December 2027, 10:00 in Astana, on fresh databases).
 *
 * <p>Intake is never refused for lack of calendar data: the receipt carries a ready date counted
 * through a provisional year (C5, item 5; Law "On holidays" art. 5; Labour Code art. 84–85); the
 * akimat gives the hearing notice; a compensation filed in a budget year without an MRP waits and
 * is decided once two rules operators have entered and confirmed it (docs/law.md §4); confirming the
 * provisional years counts the ready date again, never earlier than the receipt said.
 */
class YearEndIT {

    private static final OffsetDateTime CLOCK = OffsetDateTime.parse(System.getProperty("yearend.clock"));
    private static final LocalDate TODAY = CLOCK.toLocalDate();
    private static final String APPLICATIONS = "/api/v1/certificates/applications";
    private static final String COMPENSATIONS = "/api/v1/compensations/applications";

    private static RequestSpecification as(String apiKey) {
        return RestAssured.given().baseUri(Gateway.URL).header("X-Api-Key", apiKey).contentType("application/json");
    }

    private static boolean at2026() {
        return TODAY.equals(LocalDate.of(2026, 12, 28));
    }

    @Test
    void yearEndIntakeHearingCompensationAndConfirmation() {
        assertNotNull(System.getProperty("yearend.clock"), "run with -Dyearend.clock=<ISO date-time>");
        // Monday 28 December 2026: 29, 30, 31 December, 5, 6 January (1 January, and 2 January moved to the 4th)
        // Thursday 30 December 2027: 31 December, 5, 6, 10, 11 January 2028 (1-2 January moved to the 3rd-4th, 7 January)
        String expectedReady = at2026() ? "2027-01-06" : "2028-01-11";

        as("dev-key-state-corporation").queryParam("from", TODAY.toString()).queryParam("add", 5)
                .get("/api/v1/certificates/calendar/working-days")
                .then().statusCode(200).body("date", equalTo(expectedReady)).body("provisional", equalTo(true));

        // intake: accepted with the receipt, a provisional ready date, no 422
        var accepted = as("dev-key-state-corporation").header("Idempotency-Key", UUID.randomUUID().toString())
                .body("""
                        {"requested":"CERTIFICATE","applicantIin":"330707399060",
                         "documents":{"identity":{"kind":"ID_CARD","number":"099000007"},
                                      "rehabilitation":{"kind":"REHABILITATION_REFERENCE","number":"R-1999-099007","issuedOn":"1999-03-03","issuer":"Прокуратура"}},
                         "personalDataConsent":true,"documentsAuthentic":true,
                         "acceptedBy":{"surname":"Сапарова","name":"Динара","position":"Chief specialist"},
                         "branch":{"number":"ASTANA-01","address":"Астана, Қабанбай батыр даңғылы 1"}}""")
                .post(APPLICATIONS).then().statusCode(201)
                .body("number", org.hamcrest.Matchers.startsWith("CRT-" + TODAY.getYear() + "-"))
                .body("readyDate", equalTo(expectedReady)).body("readyDateProvisional", equalTo(true))
                .body("receipt.resultReadyOn", equalTo(expectedReady)).body("receipt.resultReadyOnProvisional", equalTo(true))
                .extract();
        String path = APPLICATIONS + "/" + accepted.path("number");

        // the akimat gives the hearing notice on the same day (para 12)
        as("dev-key-akimat-astana").body("""
                {"ground":"UNRELIABLE_DOCUMENTS_OR_DATA","details":"The reference number is to be checked",
                 "noticeWay":"DIGITAL_SYSTEMS","scheduledAt":"%sT15:00:00","place":"Akimat of Astana, room 305"}""".formatted(TODAY))
                .post(path + "/preliminary-refusal").then().statusCode(200);
        as("dev-key-akimat-astana").get(path).then().statusCode(200).body("status", equalTo("HEARING_SCHEDULED"));

        // compensation filed today: in 2026 at the 2026 MRP; in 2027 it waits for the 2027 MRP
        String compensation = as("dev-key-compensation-officer").header("Idempotency-Key", UUID.randomUUID().toString())
                .body(CompensationGateway.iskakovApplication(TODAY.toString())).post(COMPENSATIONS)
                .then().statusCode(201).body("status", equalTo(at2026() ? "DATA_CHECKED" : "AWAITING_MRP")).extract().path("id");
        String mrp = "4325.00";
        if (!at2026()) {
            mrp = "4500.00";
            as("dev-key-rules-operator").body("""
                    {"effectiveFrom":"2027-01-01","effectiveTo":"2027-12-31","amountKzt":"4500.00","source":"budget law (test figure)"}""")
                    .post("/api/v1/compensations/rules/mrp").then().statusCode(201);
            as("dev-key-rules-operator").post("/api/v1/compensations/rules/mrp/2027-01-01/confirmation").then().statusCode(403);
            as("dev-key-rules-checker").post("/api/v1/compensations/rules/mrp/2027-01-01/confirmation")
                    .then().statusCode(200).body("released", equalTo(1));
            as("dev-key-compensation-officer").get(COMPENSATIONS + "/" + compensation)
                    .then().statusCode(200).body("status", equalTo("DATA_CHECKED"));
        }
        // 24 months x 3/4 MRP
        as("dev-key-compensation-officer").body("{\"outcome\":\"ASSIGN\"}").post(COMPENSATIONS + "/" + compensation + "/decision")
                .then().statusCode(200).body("status", equalTo("ASSIGNED"))
                .body("decision.amountBasis.mrp.amount", equalTo(mrp))
                .body("decision.amount.amount", equalTo(new java.math.BigDecimal(mrp).multiply(new java.math.BigDecimal("18"))
                        .setScale(2).toPlainString()));

        // confirmation of the provisional years, then the ready date is counted again
        int next = TODAY.getYear() + 1;
        if (at2026()) {
            confirm(next, "2027-05-17", "{\"dayOff\":\"2027-01-05\",\"workingDay\":\"2027-01-09\"}");
            // 5 January 2027 became a day off: 29, 30, 31 December, 6, 8 January
            as("dev-key-state-corporation").get(path).then().statusCode(200)
                    .body("readyDate", equalTo("2027-01-08")).body("readyDateProvisional", equalTo(false))
                    .body("receipt.resultReadyOn", equalTo("2027-01-06"))
                    .body("stages.stage", hasItem("deadline-recomputed"));
        } else {
            confirm(TODAY.getYear(), "2027-05-17", "");
            as("dev-key-state-corporation").get(path).then().statusCode(200)
                    .body("readyDate", equalTo("2028-01-11")).body("readyDateProvisional", equalTo(true));
            confirm(next, "2028-05-05", "{\"dayOff\":\"2028-01-11\",\"workingDay\":\"2028-01-15\"}");
            as("dev-key-state-corporation").get(path).then().statusCode(200)
                    .body("readyDate", equalTo("2028-01-12")).body("readyDateProvisional", equalTo(false))
                    .body("receipt.resultReadyOn", equalTo("2028-01-11"))
                    .body("stages.stage", hasItem("deadline-recomputed"));
        }
        as("dev-key-egov-portal").get("/api/v1/certificates/calendar/" + next).then().statusCode(200)
                .body("status", equalTo("CONFIRMED"));
        assertEquals(expectedReady, accepted.path("receipt.resultReadyOn"));
    }

    private static void confirm(int year, String kurbanAit, String transfer) {
        as("dev-key-calendar-operator").body("{\"firstDay\":\"%s\",\"legalBasis\":\"announcement (test)\"}".formatted(kurbanAit))
                .put("/api/v1/certificates/calendar/" + year + "/kurban-ait").then().statusCode(200);
        as("dev-key-calendar-operator").body("{\"legalBasis\":\"decree (test)\",\"transfers\":[%s]}".formatted(transfer))
                .put("/api/v1/certificates/calendar/" + year + "/transfer-decree").then().statusCode(200)
                .body("status", equalTo("CONFIRMED"));
    }
}

package kz.gov.rehab.e2e.certificate;

import static kz.gov.rehab.e2e.certificate.CertificateApi.BRANCH;
import static kz.gov.rehab.e2e.certificate.CertificateApi.EGOV_PORTAL;
import static kz.gov.rehab.e2e.certificate.CertificateApi.QUALITY_AUTHORITY;
import static kz.gov.rehab.e2e.certificate.CertificateApi.SEITKALI;
import static kz.gov.rehab.e2e.certificate.CertificateApi.SEITKALI_ID_CARD;
import static kz.gov.rehab.e2e.certificate.CertificateApi.STATE_CORPORATION;
import static kz.gov.rehab.e2e.certificate.CertificateApi.application;
import static kz.gov.rehab.e2e.certificate.CertificateApi.as;
import static kz.gov.rehab.e2e.certificate.CertificateApi.submit;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.path.json.JsonPath;
import java.time.OffsetDateTime;
import kz.gov.rehab.e2e.PaperReader;
import org.junit.jupiter.api.Test;

/**
 * The State Corporation's day through the gateway (standard items 5.2, 5.3 and 9) at branch
 * ASTANA-01 with the development keys, on the applications' own clock — whatever its time of day:
 * when the branch is open (always in scripts/test.sh's runs on a clock started at 10:00 of a working
 * day), a walk-in ticket is called to a window and the application is accepted against it, with
 * the ticket and the times on the receipt; when it is closed, the ticket and an intake naming a
 * booked slot are refused with the opening hours. Either way the portal books a slot at the next
 * opening and the quality authority reads the day's summary. The 16-minute wait that is a breach
 * is the module test's (ElectronicQueueTest, on a clock the test moves).
 */
class ElectronicQueueIT {

    private static final String QUEUE = "/api/v1/certificates/queue";

    @Test
    void aTicketIsCalledTheApplicationAcceptedAgainstIt_orAClosedBranchRefuses_items5_9() throws Exception {
        JsonPath schedule = as(STATE_CORPORATION).get(QUEUE + "/branches/" + BRANCH + "/schedule").then().statusCode(200)
                .body("kind", equalTo("ORDINARY")).extract().jsonPath();
        OffsetDateTime nextOpening = OffsetDateTime.parse(schedule.getString("nextOpening"));

        // item 9: a slot booked through the portal, at the next opening: a convenience, not a fast-track
        String booked = as(EGOV_PORTAL).body("{\"branch\":\"%s\",\"slotAt\":\"%s\"}".formatted(BRANCH, nextOpening))
                .post(QUEUE + "/bookings").then().statusCode(201).body("status", equalTo("BOOKED"))
                .body("channel", equalTo("BOOKED")).extract().path("number");
        // ... and not on a Sunday
        as(EGOV_PORTAL).body("{\"branch\":\"%s\",\"slotAt\":\"%s\"}".formatted(BRANCH, nextSunday(nextOpening)))
                .post(QUEUE + "/bookings").then().statusCode(422).body("type", containsString("branch-closed"));

        if (schedule.getBoolean("openNow")) {
            String ticket = as(STATE_CORPORATION).body("{\"branch\":\"" + BRANCH + "\"}").post(QUEUE + "/tickets").then()
                    .statusCode(201).body("status", equalTo("WAITING")).extract().path("number");
            // item 5.2: a wait of 16 minutes, on the service's clock moved forward (dev and test profiles only)
            String clockUrl = System.getProperty("certificate.url");
            if (clockUrl != null && !clockUrl.isBlank() && !clockUrl.startsWith("${")) {
                io.restassured.RestAssured.given().baseUri(clockUrl).queryParam("minutes", 16)
                        .post("/testing/clock/advance").then().statusCode(200);
            }
            // tickets left by earlier runs on the same databases are called first: the order is that of joining the queue
            String called = null;
            for (int i = 0; i < 50 && !ticket.equals(called); i++) {
                called = as(STATE_CORPORATION).body("{\"window\":\"3\"}").post(QUEUE + "/branches/" + BRANCH + "/calls").then()
                        .statusCode(200).body("window", equalTo("3")).body("waitSeconds", notNullValue()).extract().path("number");
            }
            assertEquals(ticket, called);
            if (clockUrl != null && !clockUrl.isBlank() && !clockUrl.startsWith("${")) {
                as(STATE_CORPORATION).get(QUEUE + "/tickets/" + ticket).then().statusCode(200)
                        .body("waitOverLimit", equalTo(true));
                StatusEvents.assertEventAbout(ticket, "queue.wait-limit-exceeded");
                as(QUALITY_AUTHORITY).get(QUEUE + "/branches/" + BRANCH + "/summary").then().statusCode(200)
                        .body("waitBreaches", greaterThanOrEqualTo(1));
            }

            var accepted = submit(application("CERTIFICATE", SEITKALI, SEITKALI_ID_CARD, true, "\"queueTicket\":\"" + ticket + "\","));
            assertEquals(201, accepted.statusCode(), accepted.asString());
            assertEquals("UNDER_REVIEW", accepted.path("status"));
            assertEquals(ticket, accepted.path("receipt.queue.ticket"));
            assertNotNull(accepted.path("receipt.queue.waitSeconds"));
            assertNotNull(accepted.path("receipt.queue.serviceSeconds"));
            String number = accepted.path("number");
            byte[] pdf = as(STATE_CORPORATION).accept("application/pdf").get("/api/v1/certificates/applications/" + number + "/receipt")
                    .then().statusCode(200).extract().asByteArray();
            String text = PaperReader.read(pdf).text();
            assertTrue(text.contains(ticket) && text.contains("5.2") && text.contains("5.3"), text);

            // a booked slot not yet called serves no intake
            var early = submit(application("CERTIFICATE", SEITKALI, SEITKALI_ID_CARD, true, "\"queueTicket\":\"" + booked + "\","));
            assertEquals(422, early.statusCode(), early.asString());
            assertTrue(early.asString().contains("ticket-not-servable"), early.asString());
        } else {
            // item 9: closed now, and the answer says when the branch opens
            as(STATE_CORPORATION).body("{\"branch\":\"" + BRANCH + "\"}").post(QUEUE + "/tickets").then().statusCode(422)
                    .contentType(containsString("application/problem+json"))
                    .body("type", containsString("branch-closed")).body("nextOpening", equalTo(schedule.getString("nextOpening")));
            var refused = submit(application("CERTIFICATE", SEITKALI, SEITKALI_ID_CARD, true, "\"queueTicket\":\"" + booked + "\","));
            assertEquals(422, refused.statusCode(), refused.asString());
            assertEquals("https://rehab.gov.kz/problems/branch-closed", refused.path("type"));
            assertNotNull(refused.path("openingHours"));
        }

        // the closed days of the standard: Sunday, for an ordinary branch
        as(STATE_CORPORATION).get(QUEUE + "/branches/" + BRANCH + "/schedule?date=" + nextSunday(nextOpening).toLocalDate())
                .then().statusCode(200).body("opens", nullValue());

        // the quality authority reads the branch's day; the counter does not
        as(QUALITY_AUTHORITY).get(QUEUE + "/branches/" + BRANCH + "/summary").then().statusCode(200)
                .body("branch", equalTo(BRANCH)).body("tickets", greaterThanOrEqualTo(0))
                .body("maxWaitMinutes", equalTo(15)).body("maxServiceMinutes", equalTo(20));
        as(STATE_CORPORATION).get(QUEUE + "/branches/" + BRANCH + "/summary").then().statusCode(403);
    }

    private static OffsetDateTime nextSunday(OffsetDateTime from) {
        OffsetDateTime day = from.plusDays(1);
        while (day.getDayOfWeek() != java.time.DayOfWeek.SUNDAY) {
            day = day.plusDays(1);
        }
        return day.withHour(10);
    }
}

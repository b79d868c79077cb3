package kz.gov.rehab.certificate.queue.rest;

import static io.restassured.RestAssured.given;
import static kz.gov.rehab.certificate.support.Intakes.BRANCH;
import static kz.gov.rehab.certificate.support.Intakes.OMAROVA;
import static kz.gov.rehab.certificate.support.Intakes.OMAROVA_ID_CARD;
import static kz.gov.rehab.certificate.support.Intakes.SEITKALI;
import static kz.gov.rehab.certificate.support.Intakes.SEITKALI_ID_CARD;
import static kz.gov.rehab.certificate.support.Intakes.certificate;
import static kz.gov.rehab.certificate.support.Intakes.submit;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import kz.gov.rehab.certificate.queue.MovableClock;
import kz.gov.rehab.certificate.support.CertificateTables;
import kz.gov.rehab.certificate.support.GatewayTokens;
import kz.gov.rehab.commons.testing.PdfPages;
import kz.gov.rehab.commons.time.ServiceClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The State Corporation's day (standard items 5.2, 5.3 and 9) on a clock the test moves: the
 * service's one clock is replaced for each test by one started on Monday 7 December 2026, 10:00 in
 * Astana (a working day), which the test moves by the minutes a queue takes.
 */
@QuarkusTest
class ElectronicQueueTest {

    private static final ZoneId ASTANA = ZoneId.of("Asia/Almaty");
    private static final OffsetDateTime MONDAY_10 = OffsetDateTime.parse("2026-12-07T10:00:00+05:00");
    private static final String PORTAL = GatewayTokens.token("egov-portal", null, "egov-portal");

    @Inject
    EntityManager em;

    @Inject
    MeterRegistry meters;

    MovableClock clock;

    @BeforeEach
    void mondayMorning() {
        CertificateTables.clean(em);
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("DELETE FROM branch_exception").executeUpdate());
        clock = new MovableClock(MONDAY_10, ASTANA);
        QuarkusMock.installMockForType(new ServiceClock(clock), ServiceClock.class);
    }

    @AfterEach
    void clean() {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("DELETE FROM branch_exception").executeUpdate());
    }

    @Test
    void waitOver15MinutesIsABreach_item5_2() {
        double before = breaches("wait");
        String ticket = take(BRANCH).statusCode(201).body("status", equalTo("WAITING")).body("channel", equalTo("WALK_IN"))
                .body("number", matchesPattern("SC-0101-20261207-W\\d{4,}")).extract().path("number");
        clock.advance(Duration.ofMinutes(16));
        call(BRANCH, "3").statusCode(200).body("number", equalTo(ticket)).body("window", equalTo("3"))
                .body("waitSeconds", equalTo(960)).body("waitOverLimit", equalTo(true));

        assertEquals(List.of("kz.gov.rehab-certificate.queue.wait-limit-exceeded"), CertificateTables.eventTypes(em, ticket));
        assertEquals(before + 1, breaches("wait"));

        // the application is accepted against the ticket; the receipt carries the ticket and the times
        clock.advance(Duration.ofMinutes(5));
        String number = submit(withTicket(certificate(SEITKALI, SEITKALI_ID_CARD), ticket)).statusCode(201)
                .body("status", equalTo("UNDER_REVIEW"))
                .body("receipt.queue.ticket", equalTo(ticket)).body("receipt.queue.window", equalTo("3"))
                .body("receipt.queue.waitSeconds", equalTo(960)).body("receipt.queue.waitOverLimit", equalTo(true))
                .body("receipt.queue.serviceSeconds", equalTo(300)).body("receipt.queue.serviceOverLimit", equalTo(false))
                .extract().path("number");
        byte[] pdf = given().auth().oauth2(GatewayTokens.stateCorporation(BRANCH)).accept("application/pdf")
                .get("/api/v1/certificates/applications/" + number + "/receipt").then().statusCode(200).extract().asByteArray();
        String text = PdfPages.text(pdf);
        assertTrue(text.contains(ticket), text);
        assertTrue(text.contains("16:00"), text);
        assertTrue(text.contains("5:00"), text);

        // a ticket serves one intake
        submit(withTicket(certificate(SEITKALI, SEITKALI_ID_CARD), ticket)).statusCode(422)
                .body("type", containsString("ticket-not-servable"));
    }

    @Test
    void serviceOver20MinutesIsABreach_item5_3() {
        String ticket = take(BRANCH).statusCode(201).extract().path("number");
        clock.advance(Duration.ofMinutes(1));
        call(BRANCH, "1").statusCode(200).body("waitOverLimit", equalTo(false));
        clock.advance(Duration.ofMinutes(21));
        submit(withTicket(certificate(OMAROVA, OMAROVA_ID_CARD), ticket)).statusCode(201)
                .body("status", equalTo("REFUSED_AT_INTAKE"))
                .body("receipt.queue.ticket", equalTo(ticket))
                .body("receipt.queue.serviceSeconds", equalTo(1260)).body("receipt.queue.serviceOverLimit", equalTo(true));
        assertEquals(List.of("kz.gov.rehab-certificate.queue.service-limit-exceeded"), CertificateTables.eventTypes(em, ticket));
    }

    @Test
    void bookedSlotIsNoFastTrack_servedInOrderOfArrivalAtTheSlot_item9() {
        String booked = given().auth().oauth2(PORTAL).contentType("application/json")
                .body("{\"branch\":\"%s\",\"slotAt\":\"2026-12-07T10:30:00+05:00\"}".formatted(BRANCH))
                .post("/api/v1/certificates/queue/bookings").then().statusCode(201)
                .body("status", equalTo("BOOKED")).body("channel", equalTo("BOOKED")).extract().path("number");
        clock.set(MONDAY_10.plusMinutes(10));
        given().auth().oauth2(GatewayTokens.stateCorporation(BRANCH)).post("/api/v1/certificates/queue/tickets/" + booked + "/arrival")
                .then().statusCode(200).body("status", equalTo("WAITING")).body("queuedAt", containsString("10:30"));
        clock.set(MONDAY_10.plusMinutes(20));
        String walkIn = take(BRANCH).statusCode(201).extract().path("number");

        clock.set(MONDAY_10.plusMinutes(25));
        call(BRANCH, "1").statusCode(200).body("number", equalTo(walkIn));
        call(BRANCH, "2").statusCode(404).body("type", containsString("queue-empty"));  // the slot has not come yet
        clock.set(MONDAY_10.plusMinutes(31));
        call(BRANCH, "2").statusCode(200).body("number", equalTo(booked)).body("waitSeconds", equalTo(60));
    }

    @Test
    void intakeAtAClosedBranchIsRefusedWithTheOpeningHours_item9() {
        // a slot for Monday, booked on Sunday night
        clock.set(OffsetDateTime.parse("2026-12-06T23:00:00+05:00"));
        String booked = given().auth().oauth2(PORTAL).contentType("application/json")
                .body("{\"branch\":\"%s\",\"slotAt\":\"2026-12-07T09:30:00+05:00\"}".formatted(BRANCH))
                .post("/api/v1/certificates/queue/bookings").then().statusCode(201).extract().path("number");

        submit(withTicket(certificate(SEITKALI, SEITKALI_ID_CARD), booked)).statusCode(422)
                .contentType(containsString("application/problem+json"))
                .body("type", containsString("branch-closed"))
                .body("nextOpening", equalTo("2026-12-07T09:00:00+05:00"))
                .body("openingHours", equalTo("2026-12-07 09:00-18:00"))
                .body("detail", containsString("item 9"));
        take(BRANCH).statusCode(422).body("type", containsString("branch-closed")).body("nextOpening", equalTo("2026-12-07T09:00:00+05:00"));
        assertEquals(0, CertificateTables.count(em, "certificate_application"));

        // after 18:00 on a weekday: the next morning
        clock.set(OffsetDateTime.parse("2026-12-07T18:00:00+05:00"));
        take(BRANCH).statusCode(422).body("nextOpening", equalTo("2026-12-08T09:00:00+05:00"));
        // a slot outside the hours cannot be booked
        given().auth().oauth2(PORTAL).contentType("application/json")
                .body("{\"branch\":\"%s\",\"slotAt\":\"2026-12-08T08:30:00+05:00\"}".formatted(BRANCH))
                .post("/api/v1/certificates/queue/bookings").then().statusCode(422).body("type", containsString("branch-closed"));
    }

    @Test
    void thoseCalledBeforeClosingAreServedAfterIt_item9() {
        clock.set(OffsetDateTime.parse("2026-12-07T17:50:00+05:00"));
        String ticket = take(BRANCH).statusCode(201).extract().path("number");
        clock.set(OffsetDateTime.parse("2026-12-07T17:55:00+05:00"));
        call(BRANCH, "1").statusCode(200);
        clock.set(OffsetDateTime.parse("2026-12-07T18:05:00+05:00"));
        submit(withTicket(certificate(SEITKALI, SEITKALI_ID_CARD), ticket)).statusCode(201)
                .body("receipt.queue.serviceSeconds", equalTo(600));
    }

    @Test
    void dutyBranchOpensTill20AndOnSaturdayMorning_ordinaryNeverOnWeekendsOrHolidays_item9() {
        schedule(BRANCH, "2026-12-07").body("kind", equalTo("ORDINARY")).body("opens", equalTo("09:00")).body("closes", equalTo("18:00"))
                .body("openNow", equalTo(true));
        schedule("SC-0102", "2026-12-07").body("kind", equalTo("DUTY")).body("closes", equalTo("20:00"));
        schedule(BRANCH, "2026-12-05").body("opens", nullValue());
        schedule("SC-0102", "2026-12-05").body("opens", equalTo("09:00")).body("closes", equalTo("13:00"));
        schedule(BRANCH, "2026-12-06").body("opens", nullValue());
        schedule("SC-0102", "2026-12-06").body("opens", nullValue());
        // Independence Day, a Wednesday: closed, duty branch too
        schedule(BRANCH, "2026-12-16").body("opens", nullValue());
        schedule("SC-0102", "2026-12-16").body("opens", nullValue());

        clock.set(OffsetDateTime.parse("2026-12-07T19:00:00+05:00"));
        take(BRANCH).statusCode(422);
        given().auth().oauth2(GatewayTokens.stateCorporation("SC-0102")).contentType("application/json").body("{\"branch\":\"SC-0102\"}")
                .post("/api/v1/certificates/queue/tickets").then().statusCode(201);

        // a branch's own exception for a day replaces the standard's hours
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("""
                INSERT INTO branch_exception (branch_number, day, opens, closes, reason)
                VALUES ('SC-0101', '2026-12-08', NULL, NULL, 'Sanitary day (test)')""").executeUpdate());
        schedule(BRANCH, "2026-12-08").body("opens", nullValue());
        schedule(BRANCH, "2026-12-07").body("nextOpening", equalTo("2026-12-09T09:00:00+05:00"));
    }

    @Test
    void qualityAuthorityReadsTheDailySummary_items5_2_5_3() {
        String first = take(BRANCH).statusCode(201).extract().path("number");
        clock.advance(Duration.ofMinutes(2));
        take(BRANCH).statusCode(201);
        clock.advance(Duration.ofMinutes(14));
        call(BRANCH, "1").statusCode(200).body("number", equalTo(first)).body("waitSeconds", equalTo(960));
        clock.advance(Duration.ofMinutes(4));
        submit(withTicket(certificate(SEITKALI, SEITKALI_ID_CARD), first)).statusCode(201);
        call(BRANCH, "2").statusCode(200).body("waitSeconds", equalTo(1080));

        String authority = GatewayTokens.token("quality-authority", null, "quality-authority");
        given().auth().oauth2(authority).get("/api/v1/certificates/queue/branches/" + BRANCH + "/summary?date=2026-12-07").then()
                .statusCode(200).body("tickets", equalTo(2)).body("called", equalTo(2)).body("served", equalTo(1))
                .body("waitMedianSeconds", equalTo(960)).body("waitP95Seconds", equalTo(1080))
                .body("serviceMedianSeconds", equalTo(240)).body("serviceP95Seconds", equalTo(240))
                .body("waitBreaches", equalTo(2)).body("serviceBreaches", equalTo(0))
                .body("maxWaitMinutes", equalTo(15)).body("maxServiceMinutes", equalTo(20));
        given().auth().oauth2(GatewayTokens.stateCorporation(BRANCH)).get("/api/v1/certificates/queue/branches/" + BRANCH + "/summary")
                .then().statusCode(403);
        given().auth().oauth2(authority).get("/api/v1/certificates/queue/branches/NOWHERE/summary").then().statusCode(404)
                .body("type", containsString("unknown-branch"));
    }

    @Test
    void aRetriedTicketOrBookingIsTheFirstOne_item9() {
        String first = given().auth().oauth2(GatewayTokens.stateCorporation(BRANCH)).contentType("application/json")
                .header("Idempotency-Key", "walk-in-1").body("{\"branch\":\"" + BRANCH + "\"}").post("/api/v1/certificates/queue/tickets")
                .then().statusCode(201).extract().path("number");
        given().auth().oauth2(GatewayTokens.stateCorporation(BRANCH)).contentType("application/json")
                .header("Idempotency-Key", "walk-in-1").body("{\"branch\":\"" + BRANCH + "\"}").post("/api/v1/certificates/queue/tickets")
                .then().statusCode(201).body("number", equalTo(first));
        assertEquals(1, CertificateTables.count(em, "queue_ticket"));
    }

    @Test
    void aBranchTakesTicketsOnlyForItself_item9() {
        given().auth().oauth2(GatewayTokens.stateCorporation("SC-0102")).contentType("application/json").body("{\"branch\":\"SC-0101\"}")
                .post("/api/v1/certificates/queue/tickets").then().statusCode(403);
        given().auth().oauth2(GatewayTokens.stateCorporation(BRANCH)).contentType("application/json").body("{\"branch\":\"\"}")
                .post("/api/v1/certificates/queue/tickets").then().statusCode(400);
        submit(withTicket(certificate(SEITKALI, SEITKALI_ID_CARD), "SC-0101-20261207-W999999")).statusCode(404)
                .body("type", containsString("unknown-ticket"));
    }

    private static String withTicket(String body, String ticket) {
        return body.replace("\"branch\":{", "\"queueTicket\":\"" + ticket + "\",\"branch\":{");
    }

    private static ValidatableResponse take(String branch) {
        return given().auth().oauth2(GatewayTokens.stateCorporation(branch)).contentType("application/json")
                .body("{\"branch\":\"" + branch + "\"}").post("/api/v1/certificates/queue/tickets").then();
    }

    private static ValidatableResponse call(String branch, String window) {
        return given().auth().oauth2(GatewayTokens.stateCorporation(branch)).contentType("application/json")
                .body("{\"window\":\"" + window + "\"}").post("/api/v1/certificates/queue/branches/" + branch + "/calls").then();
    }

    private static ValidatableResponse schedule(String branch, String date) {
        return given().get("/api/v1/certificates/queue/branches/" + branch + "/schedule?date=" + date).then().statusCode(200);
    }

    private double breaches(String limit) {
        var counter = meters.find("rehab.queue.breaches").tag("branch", BRANCH).tag("limit", limit).counter();
        return counter == null ? 0 : counter.count();
    }
}

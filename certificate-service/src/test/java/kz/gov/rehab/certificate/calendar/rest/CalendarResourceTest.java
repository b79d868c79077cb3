package kz.gov.rehab.certificate.calendar.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import kz.gov.rehab.certificate.support.GatewayTokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The calendar as other systems see it (DOMAIN.md §4): read by anyone, extended by an operator. */
@QuarkusTest
class CalendarResourceTest {

    /** A year far from any real deadline, so adding it does not change other tests. */
    private static final int TEST_YEAR = 2190;

    @Inject
    EntityManager em;

    @AfterEach
    void removeTestYear() {
        QuarkusTransaction.requiringNew().run(() -> {
            em.createNativeQuery("DELETE FROM calendar_day WHERE year = " + TEST_YEAR).executeUpdate();
            em.createNativeQuery("DELETE FROM calendar_year WHERE year = " + TEST_YEAR).executeUpdate();
        });
    }

    @Test
    void daysOff2026AreReadable_domain4() {
        given().auth().oauth2(GatewayTokens.token("contact-centre", null, "egov-portal"))
                .get("/api/v1/certificates/calendar/2026")
                .then().statusCode(200)
                .body("workingDays", equalTo(246))
                .body("listedDays.size()", equalTo(15))
                .body("listedDays.day", hasItem("2026-03-23"))
                .body("listedDays.day", hasItem("2026-05-27"));
    }

    @Test
    void datePlusWorkingDaysAcrossNauryz_item5() {
        given().auth().oauth2(GatewayTokens.stateCorporation("SC-0101"))
                .queryParam("from", "2026-03-20").queryParam("add", 5)
                .get("/api/v1/certificates/calendar/working-days")
                .then().statusCode(200).body("date", equalTo("2026-04-01"));
    }

    @Test
    void countReachingAYearWithoutDataIsAProblemNotAGuess() {
        given().auth().oauth2(GatewayTokens.stateCorporation("SC-0101"))
                .queryParam("from", "2189-12-28").queryParam("add", 5)
                .get("/api/v1/certificates/calendar/working-days")
                .then().statusCode(422).contentType("application/problem+json")
                .body("status", equalTo(422)).body("year", equalTo(2189));
    }

    @Test
    void unknownYearIs404() {
        given().auth().oauth2(GatewayTokens.stateCorporation("SC-0101"))
                .get("/api/v1/certificates/calendar/1999")
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void calendarOperatorAddsAYear_thenDeadlinesUseIt() {
        String operator = GatewayTokens.token("labour-ministry", null, "calendar-operator");
        String body = """
                {"year":%d,"legalBasis":"Government decree (test)","days":[
                  {"day":"%d-01-01","kind":"DAY_OFF","reason":"New Year"},
                  {"day":"%d-01-02","kind":"WORKING_DAY","reason":"transferred (test)"}]}"""
                .formatted(TEST_YEAR, TEST_YEAR, TEST_YEAR);
        // a deadline computed before: the calendar this instance holds in memory does not have the year yet
        given().auth().oauth2(operator)
                .queryParam("from", TEST_YEAR + "-01-01").queryParam("add", 2)
                .get("/api/v1/certificates/calendar/working-days")
                .then().statusCode(422).body("year", equalTo(TEST_YEAR));
        given().auth().oauth2(operator).contentType("application/json").body(body)
                .post("/api/v1/certificates/calendar")
                .then().statusCode(201).body("year", equalTo(TEST_YEAR)).body("listedDays.size()", equalTo(2));
        // Friday 1 January 2190 is off; Saturday 2 January is worked, so 2 working days end on Monday 4th
        given().auth().oauth2(operator)
                .queryParam("from", TEST_YEAR + "-01-01").queryParam("add", 2)
                .get("/api/v1/certificates/calendar/working-days")
                .then().statusCode(200).body("date", equalTo(TEST_YEAR + "-01-04"));
        given().auth().oauth2(operator).contentType("application/json").body(body)
                .post("/api/v1/certificates/calendar")
                .then().statusCode(409).contentType("application/problem+json");
    }

    @Test
    void weekendListedAsDayOffIsRefusedAndNothingWritten() {
        String operator = GatewayTokens.token("labour-ministry", null, "calendar-operator");
        given().auth().oauth2(operator).contentType("application/json").body("""
                {"year":%d,"legalBasis":"x","days":[{"day":"%d-01-03","kind":"DAY_OFF","reason":"a Sunday"}]}"""
                        .formatted(TEST_YEAR, TEST_YEAR))
                .post("/api/v1/certificates/calendar")
                .then().statusCode(400).contentType("application/problem+json");
        given().auth().oauth2(operator).get("/api/v1/certificates/calendar/" + TEST_YEAR).then().statusCode(404);
    }

    @Test
    void onlyTheCalendarOperatorAddsYears() {
        given().auth().oauth2(GatewayTokens.akimat("751110000")).contentType("application/json")
                .body("{\"year\":%d,\"legalBasis\":\"x\",\"days\":[]}".formatted(TEST_YEAR))
                .post("/api/v1/certificates/calendar")
                .then().statusCode(403);
    }

    @Test
    void callsThatDidNotComeThroughTheGatewayAreRefused() {
        given().get("/api/v1/certificates/calendar/2026").then().statusCode(401);
    }
}

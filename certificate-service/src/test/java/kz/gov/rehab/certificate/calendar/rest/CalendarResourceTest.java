package kz.gov.rehab.certificate.calendar.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import kz.gov.rehab.certificate.support.GatewayTokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The calendar as other systems see it (docs/law.md §4): read by anyone, confirmed by a calendar operator. */
@QuarkusTest
class CalendarResourceTest {

    /** A year far from any real deadline, so confirming it does not change other tests. */
    private static final int TEST_YEAR = 2190;

    @Inject
    EntityManager em;

    @AfterEach
    void removeTestYear() {
        QuarkusTransaction.requiringNew().run(() -> {
            em.createNativeQuery("DELETE FROM day_transfer WHERE year = " + TEST_YEAR).executeUpdate();
            em.createNativeQuery("DELETE FROM transfer_decree WHERE year = " + TEST_YEAR).executeUpdate();
            em.createNativeQuery("DELETE FROM kurban_ait WHERE year = " + TEST_YEAR).executeUpdate();
        });
    }

    private static String anyCaller() {
        return GatewayTokens.token("contact-centre", null, "egov-portal");
    }

    private static String operator() {
        return GatewayTokens.token("labour-ministry", null, "calendar-operator");
    }

    @Test
    void year2026IsConfirmedWith247WorkingDays_domain4() {
        given().auth().oauth2(anyCaller())
                .get("/api/v1/certificates/calendar/2026")
                .then().statusCode(200)
                .body("status", equalTo("CONFIRMED")).body("provisional", equalTo(false))
                .body("workingDays", equalTo(247))
                .body("listedDays.size()", equalTo(14))
                .body("listedDays.day", hasItems("2026-03-23", "2026-05-27", "2026-10-26"))
                .body("listedDays.day", not(hasItem("2026-08-31")))
                .body("kurbanAit.firstDay", equalTo("2026-05-27"));
    }

    @Test
    void year2027ListsTheStatutoryDaysOffAsProvisional_lawOnHolidaysArt5() {
        given().auth().oauth2(anyCaller())
                .get("/api/v1/certificates/calendar/2027")
                .then().statusCode(200)
                .body("status", equalTo("PROVISIONAL")).body("provisional", equalTo(true))
                .body("missing", equalTo(java.util.List.of("KURBAN_AIT", "TRANSFER_DECREE")))
                .body("listedDays.day", hasItems("2027-01-01", "2027-01-04", "2027-01-07", "2027-03-08", "2027-03-15",
                        "2027-03-22", "2027-03-23", "2027-03-24", "2027-05-03", "2027-05-07", "2027-05-10", "2027-07-06",
                        "2027-10-25", "2027-12-16"))
                .body("listedDays.find { it.day == '2027-01-04' }.reason", equalTo("New Year (2027-01-02 is a Saturday)"));
    }

    @Test
    void yearEndCountIsProvisionalNotRefused_item5() {
        given().auth().oauth2(GatewayTokens.stateCorporation("SC-0101"))
                .queryParam("from", "2026-12-28").queryParam("add", 5)
                .get("/api/v1/certificates/calendar/working-days")
                .then().statusCode(200)
                .body("date", equalTo("2027-01-06")).body("provisional", equalTo(true))
                .body("provisionalYears", equalTo(java.util.List.of(2027)));
    }

    @Test
    void datePlusWorkingDaysAcrossNauryzIsConfirmed_item5() {
        given().auth().oauth2(GatewayTokens.stateCorporation("SC-0101"))
                .queryParam("from", "2026-03-20").queryParam("add", 5)
                .get("/api/v1/certificates/calendar/working-days")
                .then().statusCode(200).body("date", equalTo("2026-04-01")).body("provisional", equalTo(false));
    }

    @Test
    void aDateIn2030IsComputed() {
        given().auth().oauth2(anyCaller())
                .queryParam("from", "2029-12-31").queryParam("add", 5)
                .get("/api/v1/certificates/calendar/working-days")
                .then().statusCode(200).body("date", equalTo("2030-01-10")).body("provisional", equalTo(true));
        given().auth().oauth2(anyCaller()).get("/api/v1/certificates/calendar/2030").then().statusCode(200)
                .body("provisional", equalTo(true));
    }

    @Test
    void yearBeforeTheHolidayRulesIsAProblemNotAGuess() {
        given().auth().oauth2(anyCaller())
                .get("/api/v1/certificates/calendar/1999")
                .then().statusCode(422).contentType("application/problem+json")
                .body("type", equalTo("https://rehab.gov.kz/problems/calendar-year-out-of-range")).body("firstYear", equalTo(2023));
    }

    @Test
    void operatorEntersKurbanAitAndTransferDecree_thenTheYearIsConfirmed_labourCodeArt84Art85() {
        String base = "/api/v1/certificates/calendar/" + TEST_YEAR;
        given().auth().oauth2(operator()).contentType("application/json")
                .body("{\"firstDay\":\"%d-06-01\",\"legalBasis\":\"announcement (test)\"}".formatted(TEST_YEAR))
                .put(base + "/kurban-ait")
                .then().statusCode(200).body("status", equalTo("PROVISIONAL")).body("missing", equalTo(java.util.List.of("TRANSFER_DECREE")))
                .body("kurbanAit.enteredBy", equalTo("labour-ministry"));
        // Tuesday 5 January 2190 off, Saturday 9 January worked
        String decree = """
                {"legalBasis":"decree (test)","transfers":[{"dayOff":"%d-01-05","workingDay":"%d-01-09"}]}"""
                .formatted(TEST_YEAR, TEST_YEAR);
        given().auth().oauth2(operator()).contentType("application/json").body(decree)
                .put(base + "/transfer-decree")
                .then().statusCode(200).body("status", equalTo("CONFIRMED"))
                .body("listedDays.find { it.day == '%d-01-09' }.kind".formatted(TEST_YEAR), equalTo("WORKING_DAY"));
        // the same decree again changes nothing; another one is refused
        given().auth().oauth2(operator()).contentType("application/json").body(decree)
                .put(base + "/transfer-decree").then().statusCode(200);
        given().auth().oauth2(operator()).contentType("application/json")
                .body("{\"firstDay\":\"%d-06-02\",\"legalBasis\":\"other\"}".formatted(TEST_YEAR))
                .put(base + "/kurban-ait")
                .then().statusCode(409).contentType("application/problem+json").body("fact", equalTo("KURBAN_AIT"));
    }

    @Test
    void transferOfAWeekendDayOffIsRefusedAndNothingWritten() {
        // Saturday 2 January 2190 is a day off already
        given().auth().oauth2(operator()).contentType("application/json").body("""
                {"legalBasis":"x","transfers":[{"dayOff":"%d-01-02","workingDay":"%d-01-09"}]}""".formatted(TEST_YEAR, TEST_YEAR))
                .put("/api/v1/certificates/calendar/" + TEST_YEAR + "/transfer-decree")
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations[0].field", equalTo("transfers.dayOff"));
        assertEquals(0L, QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "SELECT count(*) FROM transfer_decree WHERE year = " + TEST_YEAR).getSingleResult()).longValue()));
    }

    @Test
    void onlyTheCalendarOperatorEntersFacts() {
        given().auth().oauth2(GatewayTokens.akimat("751110000")).contentType("application/json")
                .body("{\"firstDay\":\"%d-06-01\",\"legalBasis\":\"x\"}".formatted(TEST_YEAR))
                .put("/api/v1/certificates/calendar/" + TEST_YEAR + "/kurban-ait")
                .then().statusCode(403);
    }

    @Test
    void callsThatDidNotComeThroughTheGatewayAreRefused() {
        given().get("/api/v1/certificates/calendar/2026").then().statusCode(401);
    }
}

package kz.gov.rehab.certificate.application;

import static io.restassured.RestAssured.given;
import static kz.gov.rehab.certificate.support.Intakes.SEITKALI;
import static kz.gov.rehab.certificate.support.Intakes.SEITKALI_ID_CARD;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Map;
import kz.gov.rehab.certificate.support.CertificateTables;
import kz.gov.rehab.certificate.support.GatewayTokens;
import kz.gov.rehab.certificate.support.Intakes;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The year end on the service's clock fixed at Monday 28 December 2026, 10:00 in Astana: an
 * application is accepted with a provisional ready date in 2027 (C5, item 5), and when 2027 is
 * confirmed its ready date is counted again — later when a transferred day off falls in the count,
 * never earlier than the receipt promised (Labour Code art. 85 p. 3).
 */
@QuarkusTest
@TestProfile(YearEndTest.ClockAtYearEnd.class)
class YearEndTest {

    public static class ClockAtYearEnd implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            // each test starts from a provisional 2027: the calendar is read again at every count
            // (the hourly law-data check is run by the test itself)
            return Map.of("rehab.clock.fixed", "2026-12-28T10:00:00+05:00", "certificate.calendar-refresh", "0s",
                    "rehab.law-data.check-every", "off");
        }
    }

    @Inject
    EntityManager em;

    @BeforeEach
    @AfterEach
    void clean() {
        CertificateTables.clean(em);
        QuarkusTransaction.requiringNew().run(() -> {
            em.createNativeQuery("DELETE FROM day_transfer WHERE year = 2027").executeUpdate();
            em.createNativeQuery("DELETE FROM transfer_decree WHERE year = 2027").executeUpdate();
            em.createNativeQuery("DELETE FROM kurban_ait WHERE year = 2027").executeUpdate();
        });
    }

    @Test
    void acceptedAtYearEndWithProvisionalReadyDate_thenRecountedOnConfirmation_item5() {
        String number = Intakes.submit(Intakes.certificate(SEITKALI, SEITKALI_ID_CARD))
                .statusCode(201)
                .body("number", org.hamcrest.Matchers.startsWith("CRT-2026-"))
                .body("readyDate", equalTo("2027-01-06")).body("readyDateProvisional", equalTo(true))
                .body("receipt.resultReadyOn", equalTo("2027-01-06")).body("receipt.resultReadyOnProvisional", equalTo(true))
                .extract().path("number");

        // the status inquiry (item 12.2) and the printed receipt say it too
        given().auth().oauth2(GatewayTokens.token("egov-portal", null, "egov-portal")).contentType("application/json")
                .body("{\"applicationNumber\":\"%s\",\"iin\":\"%s\"}".formatted(number, SEITKALI))
                .post("/api/v1/certificates/status-inquiries").then().statusCode(200)
                .body("readyDate", equalTo("2027-01-06")).body("readyDateProvisional", equalTo(true));
        byte[] receipt = given().auth().oauth2(GatewayTokens.stateCorporation(Intakes.BRANCH)).accept("application/pdf")
                .get("/api/v1/certificates/applications/" + number + "/receipt").then().statusCode(200).extract().asByteArray();
        assertTrue(kz.gov.rehab.commons.testing.PdfPages.text(receipt).contains("06.01.2027 (алдын ала"));

        String operator = GatewayTokens.token("labour-ministry", null, "calendar-operator");
        given().auth().oauth2(operator).contentType("application/json")
                .body("{\"firstDay\":\"2027-05-17\",\"legalBasis\":\"announcement (test)\"}")
                .put("/api/v1/certificates/calendar/2027/kurban-ait").then().statusCode(200);
        // still provisional: nothing is counted again yet
        assertEquals(0, stages(number, "deadline-recomputed"));
        // Tuesday 5 January 2027 becomes a day off: 29, 30, 31 December, 6, 8 January (7 January is Orthodox Christmas)
        given().auth().oauth2(operator).contentType("application/json")
                .body("{\"legalBasis\":\"decree (test)\",\"transfers\":[{\"dayOff\":\"2027-01-05\",\"workingDay\":\"2027-01-09\"}]}")
                .put("/api/v1/certificates/calendar/2027/transfer-decree").then().statusCode(200).body("status", equalTo("CONFIRMED"));

        given().auth().oauth2(GatewayTokens.stateCorporation(Intakes.BRANCH))
                .get("/api/v1/certificates/applications/" + number)
                .then().statusCode(200)
                .body("readyDate", equalTo("2027-01-08")).body("readyDateProvisional", equalTo(false))
                .body("receipt.resultReadyOn", equalTo("2027-01-06"));
        assertEquals(1, stages(number, "deadline-recomputed"));
        assertTrue(CertificateTables.eventTypes(em, number).contains("kz.gov.rehab-certificate.application.deadline-recomputed"));
    }

    @Test
    void confirmationNeverMovesAPromisedDateEarlier_item5() {
        String number = Intakes.accepted(SEITKALI, SEITKALI_ID_CARD)[0];
        String operator = GatewayTokens.token("labour-ministry", null, "calendar-operator");
        // Saturday 2 January cannot be worked (a holiday); but a worked Sunday 3 January would count: the date stays 6 January
        given().auth().oauth2(operator).contentType("application/json")
                .body("{\"legalBasis\":\"decree (test)\",\"transfers\":[{\"dayOff\":\"2027-02-01\",\"workingDay\":\"2027-01-03\"}]}")
                .put("/api/v1/certificates/calendar/2027/transfer-decree").then().statusCode(200);
        given().auth().oauth2(operator).contentType("application/json")
                .body("{\"firstDay\":\"2027-05-17\",\"legalBasis\":\"announcement (test)\"}")
                .put("/api/v1/certificates/calendar/2027/kurban-ait").then().statusCode(200).body("status", equalTo("CONFIRMED"));
        given().auth().oauth2(GatewayTokens.stateCorporation(Intakes.BRANCH))
                .get("/api/v1/certificates/applications/" + number)
                .then().statusCode(200).body("readyDate", equalTo("2027-01-06")).body("readyDateProvisional", equalTo(false));
        assertEquals(0, stages(number, "deadline-recomputed"));
    }

    @Inject
    kz.gov.rehab.commons.lawdata.LawDataWarnings lawData;

    @Test
    void fromNovemberReadinessStaysUpAndListsWhatNextYearLacks_labourCodeArt84Art85() {
        given().get("/q/health/ready").then().statusCode(200)
                .body("checks.find { it.name == 'law-data' }.status", equalTo("UP"))
                .body("checks.find { it.name == 'law-data' }.data.year", equalTo(2027))
                .body("checks.find { it.name == 'law-data' }.data.missing", equalTo(2))
                .body("checks.find { it.name == 'law-data' }.data.'kurban-ait'", org.hamcrest.Matchers.containsString("2027"));
        QuarkusTransaction.requiringNew().run(() -> {
            em.createNativeQuery("DELETE FROM law_data_warning").executeUpdate();
            em.createNativeQuery("DELETE FROM outbox_event WHERE application_number = 'law-data-2027'").executeUpdate();
        });
        // one event a day, whatever the number of checks (or instances)
        assertTrue(lawData.warnToday());
        org.junit.jupiter.api.Assertions.assertFalse(lawData.warnToday());
        assertEquals(1L, QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "SELECT count(*) FROM outbox_event WHERE type = 'kz.gov.rehab-certificate.law-data.missing' AND application_number = 'law-data-2027'")
                .getSingleResult()).longValue()));
        given().get("/q/metrics").then().statusCode(200).body(org.hamcrest.Matchers.containsString("rehab_law_data_missing 2.0"));
    }

    private long stages(String number, String stage) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery("""
                SELECT count(*) FROM application_stage s JOIN certificate_application a ON a.id = s.application_id
                WHERE a.number = :number AND s.stage = :stage""")
                .setParameter("number", number).setParameter("stage", stage).getSingleResult()).longValue());
    }
}

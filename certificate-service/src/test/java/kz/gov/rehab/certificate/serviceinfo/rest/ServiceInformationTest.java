package kz.gov.rehab.certificate.serviceinfo.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import kz.gov.rehab.certificate.support.GatewayTokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Service information (C11, para 20): versions with effective dates, each publication an event with its due date. */
@QuarkusTest
class ServiceInformationTest {

    @Inject
    EntityManager em;

    @AfterEach
    void onlyTheSeededVersion() {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("DELETE FROM service_information WHERE version > 1").executeUpdate());
    }

    @Test
    void standardInForceHasItems1to12_para20() {
        // Order No. 113 item 4: the new service standard applies from 12 July 2026
        given().auth().oauth2(GatewayTokens.token("contact-centre", null, "egov-portal"))
                .queryParam("on", "2026-07-15").get("/api/v1/certificates/service-information")
                .then().statusCode(200).body("version", equalTo(1)).body("effectiveFrom", equalTo("2026-07-12"))
                .body("items", hasSize(12))
                .body("items[4].text", org.hamcrest.Matchers.startsWith("5 (five) working days"));
    }

    @Test
    void publishingAVersionNotifiesTheAddresseesWithTheDueDate_para20() {
        String items = IntStream.rangeClosed(1, 12).mapToObj(i -> "{\"item\":%d,\"title\":\"Item %d\",\"text\":\"Text %d\"}".formatted(i, i, i))
                .collect(Collectors.joining(","));
        // approved Friday 20 March 2026: 3 working days after it, Nauryz (23-25 March) skipped: 26, 27, 30 March
        given().auth().oauth2(GatewayTokens.token("ministry", null, "service-information-editor")).contentType("application/json")
                .body("{\"approvedOn\":\"2026-03-20\",\"effectiveFrom\":\"2026-04-01\",\"items\":[" + items + "]}")
                .post("/api/v1/certificates/service-information")
                .then().statusCode(201).body("version", equalTo(2)).body("updateDueOn", equalTo("2026-03-30"));
        Object[] event = QuarkusTransaction.requiringNew().call(() -> (Object[]) em.createNativeQuery(
                "SELECT type, data->>'deadline', data::text FROM outbox_event WHERE application_number = 'service-information-v2' ORDER BY seq DESC LIMIT 1")
                .getSingleResult());
        assertEquals("kz.gov.rehab-certificate.service-information.changed", event[0]);
        assertEquals("2026-03-30", event[1]);
        org.junit.jupiter.api.Assertions.assertTrue(event[2].toString().contains("unified-contact-centre-1414"));
    }

    @Test
    void incompleteStandardIsRefused_para20() {
        given().auth().oauth2(GatewayTokens.token("ministry", null, "service-information-editor")).contentType("application/json")
                .body("{\"approvedOn\":\"2026-03-20\",\"effectiveFrom\":\"2026-04-01\",\"items\":[{\"item\":1,\"title\":\"t\",\"text\":\"x\"}]}")
                .post("/api/v1/certificates/service-information")
                .then().statusCode(400).contentType("application/problem+json");
    }
}

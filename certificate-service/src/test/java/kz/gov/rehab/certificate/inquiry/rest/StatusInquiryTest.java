package kz.gov.rehab.certificate.inquiry.rest;

import static io.restassured.RestAssured.given;
import static kz.gov.rehab.certificate.support.Intakes.SEITKALI;
import static kz.gov.rehab.certificate.support.Intakes.SEITKALI_ID_CARD;
import static kz.gov.rehab.certificate.support.Intakes.accepted;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import kz.gov.rehab.certificate.support.CertificateTables;
import kz.gov.rehab.certificate.support.GatewayTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Status inquiry (C12, item 12.2): status and stages, nothing else; a wrong IIN looks like a missing application. */
@QuarkusTest
class StatusInquiryTest {

    @Inject
    EntityManager em;

    @BeforeEach
    void noApplications() {
        CertificateTables.clean(em);
    }

    private static io.restassured.response.ValidatableResponse inquire(String number, String iin) {
        return given().auth().oauth2(GatewayTokens.token("egov-portal", null, "egov-portal")).contentType("application/json")
                .body("{\"applicationNumber\":\"%s\",\"iin\":\"%s\"}".formatted(number, iin))
                .post("/api/v1/certificates/status-inquiries").then();
    }

    @Test
    void applicantLearnsStatusAndStages_item12_2() {
        String[] application = accepted(SEITKALI, SEITKALI_ID_CARD);
        inquire(application[0], SEITKALI).statusCode(200)
                .body("status", equalTo("UNDER_REVIEW"))
                .body("readyDate", org.hamcrest.Matchers.notNullValue())
                .body("stages.stage", contains("submitted", "accepted", "routed"))
                .body(not(containsString("Сейтқали")))
                .body(not(containsString(SEITKALI)));
    }

    @Test
    void unifiedContactCentre1414AsksTheStatus_item12_2() {
        String[] application = accepted(SEITKALI, SEITKALI_ID_CARD);
        given().auth().oauth2(GatewayTokens.token("contact-centre", null, "contact-centre")).contentType("application/json")
                .body("{\"applicationNumber\":\"%s\",\"iin\":\"%s\"}".formatted(application[0], SEITKALI))
                .post("/api/v1/certificates/status-inquiries").then().statusCode(200).body("status", equalTo("UNDER_REVIEW"));
        // the contact centre reads the status only: not the application itself
        given().auth().oauth2(GatewayTokens.token("contact-centre", null, "contact-centre"))
                .get("/api/v1/certificates/applications/" + application[0]).then().statusCode(403);
    }

    @Test
    void wrongIinLooksExactlyLikeAMissingApplication_item12_2() {
        String[] application = accepted(SEITKALI, SEITKALI_ID_CARD);
        String wrongIin = inquire(application[0], "791028302728").statusCode(404).contentType("application/problem+json")
                .extract().body().asString();
        String missing = inquire("CRT-2026-999999", SEITKALI).statusCode(404).contentType("application/problem+json")
                .extract().body().asString();
        assertEquals(withoutInstance(missing), withoutInstance(wrongIin));
    }

    private static String withoutInstance(String problem) {
        return problem.replaceAll("\"instance\":\"[^\"]*\",?", "");
    }
}

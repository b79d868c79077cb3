package kz.gov.rehab.certificate.intake.rest;

import static io.restassured.RestAssured.given;
import static kz.gov.rehab.certificate.support.Intakes.BRANCH;
import static kz.gov.rehab.certificate.support.Intakes.SEITKALI;
import static kz.gov.rehab.certificate.support.Intakes.SEITKALI_ID_CARD;
import static kz.gov.rehab.certificate.support.Intakes.certificate;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import kz.gov.rehab.certificate.support.CertificateTables;
import kz.gov.rehab.certificate.support.GatewayTokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Bad input is a 4xx problem+json, never a 500 nor a stack trace, and nothing is written. */
@QuarkusTest
class IntakeBadInputTest {

    @Inject
    EntityManager em;

    @BeforeEach
    void noApplications() {
        CertificateTables.clean(em);
    }

    @AfterEach
    void nothingWritten() {
        assertEquals(0, CertificateTables.count(em, "certificate_application"));
        assertEquals(0, CertificateTables.count(em, "application_stage"));
    }

    private static io.restassured.response.ValidatableResponse post(String body) {
        return given().auth().oauth2(GatewayTokens.stateCorporation(BRANCH)).contentType("application/json").body(body)
                .post("/api/v1/certificates/applications").then()
                .contentType("application/problem+json")
                .body("status", not(equalTo(500)))
                .body(not(containsString("at kz.gov")));
    }

    @Test
    void malformedJsonIsRefused() {
        post("{\"requested\":\"CERTIFICATE\",").statusCode(400);
    }

    @Test
    void invalidIinCheckDigitIsRefused_domain4() {
        post(certificate("350412399001", SEITKALI_ID_CARD)).statusCode(400)
                .body("violations.field", hasItem("applicantIin"));
    }

    @Test
    void iinWithImpossibleBirthDateIsRefused_domain4() {
        post(certificate("351312399000", SEITKALI_ID_CARD)).statusCode(400)
                .body("violations.field", hasItem("applicantIin"));
    }

    @Test
    void unknownEnumValueIsRefused() {
        post(certificate(SEITKALI, SEITKALI_ID_CARD).replace("\"CERTIFICATE\"", "\"GOLD_MEDAL\"")).statusCode(400);
    }

    @Test
    void missingRequiredFieldIsRefused() {
        post(certificate(SEITKALI, SEITKALI_ID_CARD).replace("\"requested\":\"CERTIFICATE\",", "")).statusCode(400)
                .body("violations.field", hasItem(containsString("requested")));
    }

    @Test
    void referenceDatedInTheFutureIsRefused() {
        post(certificate(SEITKALI, SEITKALI_ID_CARD).replace("1996-04-18", LocalDate.now().plusDays(30).toString())).statusCode(400)
                .body("violations.field", hasItem("documents.rehabilitation.issuedOn"));
    }

    @Test
    void referenceDatedBefore1900IsRefused() {
        post(certificate(SEITKALI, SEITKALI_ID_CARD).replace("1996-04-18", "1899-12-31")).statusCode(400)
                .body("violations.field", hasItem("documents.rehabilitation.issuedOn"));
    }

    @Test
    void impossibleDateIsRefused() {
        post(certificate(SEITKALI, SEITKALI_ID_CARD).replace("1996-04-18", "1996-02-30")).statusCode(400);
    }

    @Test
    void hugeBodyIsRefused() {
        String huge = certificate(SEITKALI, SEITKALI_ID_CARD).replace("Сапарова", "x".repeat(2_000_000));
        given().auth().oauth2(GatewayTokens.stateCorporation(BRANCH)).contentType("application/json").body(huge)
                .post("/api/v1/certificates/applications").then().statusCode(413);
    }

    @Test
    void overlongFieldIsRefused() {
        post(certificate(SEITKALI, SEITKALI_ID_CARD).replace("Сапарова", "x".repeat(500))).statusCode(400)
                .body("violations.field", hasItem(containsString("acceptedBy")));
    }
}

package kz.gov.rehab.certificate.complaint.rest;

import static io.restassured.RestAssured.given;
import static kz.gov.rehab.certificate.support.Intakes.OMAROVA;
import static kz.gov.rehab.certificate.support.Intakes.OMAROVA_ID_CARD;
import static kz.gov.rehab.certificate.support.Intakes.SEITKALI;
import static kz.gov.rehab.certificate.support.Intakes.SEITKALI_ID_CARD;
import static kz.gov.rehab.certificate.support.Intakes.accepted;
import static kz.gov.rehab.certificate.support.Intakes.certificate;
import static kz.gov.rehab.certificate.support.Intakes.submit;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import kz.gov.rehab.certificate.support.CertificateTables;
import kz.gov.rehab.certificate.support.GatewayTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Complaints about the result (C10, para 18), decided by the quality authority; each step an event. */
@QuarkusTest
class ComplaintFlowTest {

    @Inject
    EntityManager em;

    @BeforeEach
    void noApplications() {
        CertificateTables.clean(em);
    }

    @Test
    void complaintIsFiledAndDecidedByTheQualityAuthority_para18() {
        String number = submit(certificate(OMAROVA, OMAROVA_ID_CARD)).statusCode(201)
                .body("status", equalTo("REFUSED_AT_INTAKE")).extract().path("number");
        String id = given().auth().oauth2(GatewayTokens.token("egov-portal", null, "egov-portal")).contentType("application/json")
                .body("{\"applicationNumber\":\"%s\",\"iin\":\"%s\",\"text\":\"My identity card was renewed last week\"}".formatted(number, OMAROVA))
                .post("/api/v1/certificates/complaints").then().statusCode(201).body("status", equalTo("FILED")).extract().path("id");
        String authority = GatewayTokens.token("quality-committee", null, "quality-authority");
        given().auth().oauth2(authority).get("/api/v1/certificates/complaints").then().statusCode(200).body("items.id", hasItem(id));
        given().auth().oauth2(authority).contentType("application/json")
                .body("{\"outcome\":\"REJECTED\",\"reason\":\"The card presented had expired on the day of submission\"}")
                .post("/api/v1/certificates/complaints/" + id + "/decision").then().statusCode(200)
                .body("status", equalTo("DECIDED")).body("outcome", equalTo("REJECTED"));
        given().auth().oauth2(authority).contentType("application/json").body("{\"outcome\":\"UPHELD\",\"reason\":\"again\"}")
                .post("/api/v1/certificates/complaints/" + id + "/decision").then().statusCode(409).body("currentState", equalTo("DECIDED"));
        assertEquals(List.of("kz.gov.rehab-certificate.application.submitted", "kz.gov.rehab-certificate.application.refused-at-intake",
                "kz.gov.rehab-certificate.complaint.filed", "kz.gov.rehab-certificate.complaint.decided"),
                CertificateTables.eventTypes(em, number));
    }

    @Test
    void complaintBeforeAResultIsNotAllowed_para18() {
        String[] application = accepted(SEITKALI, SEITKALI_ID_CARD);
        given().auth().oauth2(GatewayTokens.token("egov-portal", null, "egov-portal")).contentType("application/json")
                .body("{\"applicationNumber\":\"%s\",\"iin\":\"%s\",\"text\":\"too slow\"}".formatted(application[0], SEITKALI))
                .post("/api/v1/certificates/complaints").then().statusCode(409).body("currentState", equalTo("UNDER_REVIEW"));
    }

    @Test
    void onlyTheQualityAuthorityDecides_para18() {
        given().auth().oauth2(GatewayTokens.token("egov-portal", null, "egov-portal"))
                .get("/api/v1/certificates/complaints").then().statusCode(403);
    }
}

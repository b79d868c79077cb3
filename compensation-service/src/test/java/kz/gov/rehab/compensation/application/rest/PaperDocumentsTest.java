package kz.gov.rehab.compensation.application.rest;

import static io.restassured.RestAssured.given;
import static kz.gov.rehab.compensation.support.Applicants.forget;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import kz.gov.rehab.commons.document.PaperDocument;
import kz.gov.rehab.commons.testing.EgovGatewayResource;
import kz.gov.rehab.commons.testing.GatewayTokens;
import kz.gov.rehab.commons.testing.PdfPages;
import kz.gov.rehab.compensation.support.Applicants;
import kz.gov.rehab.compensation.support.Callers;
import org.junit.jupiter.api.Test;

/**
 * The application form and the decision on paper through the API (docs/documents.md):
 * {@code Accept: application/pdf} on the application and on its decision, the same roles as the
 * JSON, the same bytes on every fetch, and a verification that shows no more than the paper.
 */
@QuarkusTest
@QuarkusTestResource(value = EgovGatewayResource.class, restrictToAnnotatedClass = false)
class PaperDocumentsTest {

    private static final String APPLICATIONS = "/api/v1/compensations/applications/";
    private static final String PDF = PaperDocument.MEDIA_TYPE;

    private static byte[] pdf(String token, String path, String fileName) {
        return given().header("Authorization", token).accept(PDF).get(path).then().statusCode(200).contentType(PDF)
                .header("Content-Disposition", "attachment; filename=\"" + fileName + "\"").extract().asByteArray();
    }

    @Test
    void officerPrintsTheApplicationFormAndTheDecision_P1_appendix1_para4() {
        forget(Applicants.ISKAKOV.iin());
        var submitted = given().header("Authorization", Callers.officer()).contentType(ContentType.JSON)
                .body(Applicants.ISKAKOV.form("2026-05-04")).post(APPLICATIONS).then().statusCode(201).extract();
        String id = submitted.path("id");
        String number = submitted.path("number");

        byte[] form = pdf(Callers.officer(), APPLICATIONS + id, "compensation-application-" + number + ".pdf");
        String text = PdfPages.text(form);
        assertTrue(text.contains("Исқақов Мұрат Болатұлы") && text.contains(number) && text.contains("04.05.2026"), text);
        assertTrue(text.contains("R-1999-099007, 03.03.1999"));
        assertArrayEquals(form, pdf(Callers.officer(), APPLICATIONS + id, "compensation-application-" + number + ".pdf"));
        given().header("Authorization", Callers.officer()).get(APPLICATIONS + id).then().statusCode(200)
                .contentType("application/json").body("number", equalTo(number));
        assertTrue(PdfPages.qrOnFirstPage(form).endsWith("/api/v1/compensations/verification/applications/" + number));
        given().header("Authorization", GatewayTokens.bearer("bank", null, "monitoring"))
                .get("/api/v1/compensations/verification/applications/" + number).then().statusCode(200)
                .body("result", equalTo("RECEIVED")).body("acceptedOn", equalTo("2026-05-04")).body("iin", nullValue());

        // not decided yet: no decision to print
        given().header("Authorization", Callers.officer()).accept(PDF).get(APPLICATIONS + id + "/decision").then().statusCode(404);
        given().header("Authorization", Callers.officer()).contentType(ContentType.JSON).body("{\"outcome\":\"ASSIGN\"}")
                .post(APPLICATIONS + id + "/decision").then().statusCode(200);

        byte[] decision = pdf(Callers.officer(), APPLICATIONS + id + "/decision", "compensation-decision-" + number + ".pdf");
        String decided = PdfPages.text(decision);
        assertTrue(decided.contains("Исқақов Мұрат Болатұлы") && decided.contains("77 850,00") && decided.contains(number), decided);
        assertTrue(PdfPages.qrOnFirstPage(decision).endsWith("/api/v1/compensations/verification/decisions/" + number));
        assertArrayEquals(decision, pdf(Callers.officer(), APPLICATIONS + id + "/decision", "compensation-decision-" + number + ".pdf"));
        given().header("Authorization", Callers.auditor()).get(APPLICATIONS + id + "/decision").then().statusCode(200)
                .body("amount.amount", equalTo("77850.00"));

        // the same roles as the JSON
        pdf(Callers.auditor(), APPLICATIONS + id + "/decision", "compensation-decision-" + number + ".pdf");
        given().header("Authorization", Callers.egovPortal()).accept(PDF).get(APPLICATIONS + id).then().statusCode(403);
        given().header("Authorization", Callers.egovPortal()).accept(PDF).get(APPLICATIONS + id + "/decision").then().statusCode(403);
        given().header("Authorization", Callers.officer()).accept("text/html").get(APPLICATIONS + id).then().statusCode(406);

        // the QR code's target: what the paper says, without the person
        given().header("Authorization", GatewayTokens.bearer("bank", null, "monitoring"))
                .get("/api/v1/compensations/verification/decisions/" + number).then().statusCode(200)
                .body("result", equalTo("ASSIGNED")).body("amount.amount", equalTo("77850.00"))
                .body("iin", nullValue()).body("surname", nullValue());
        given().header("Authorization", GatewayTokens.bearer("bank", null, "monitoring"))
                .get("/api/v1/compensations/verification/decisions/CMP-1999-999999").then().statusCode(200)
                .body("result", equalTo("UNKNOWN"));
        assertEquals(1, PdfPages.pages(decision));
    }
}

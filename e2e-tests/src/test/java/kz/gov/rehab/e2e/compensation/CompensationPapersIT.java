package kz.gov.rehab.e2e.compensation;

import static kz.gov.rehab.e2e.compensation.CompensationGateway.EGOV_PORTAL;
import static kz.gov.rehab.e2e.compensation.CompensationGateway.OFFICER;
import static kz.gov.rehab.e2e.compensation.CompensationGateway.URL;
import static kz.gov.rehab.e2e.compensation.CompensationGateway.as;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import java.util.UUID;
import kz.gov.rehab.e2e.PaperReader;
import org.junit.jupiter.api.Test;

/**
 * The compensation officer downloads the application of Appendix 1 of Order No. 277 and the
 * decision on paper through the gateway (issue "Paper documents", docs/documents.md); the decision's
 * QR code leads to its verification, which names no person.
 */
class CompensationPapersIT {

    /** Registry fixture 390101399106: Смағұлов Әлихан Тұрсынұлы, 18 months, REPRESSED (docs/registry-fixtures.md). */
    private static final String IIN = "390101399106";
    private static final String PDF = "application/pdf";

    private static byte[] download(String path, String fileName) {
        return as(OFFICER).accept(PDF).get(path).then().statusCode(200).contentType(PDF)
                .header("Content-Disposition", "attachment; filename=\"" + fileName + "\"").extract().asByteArray();
    }

    @Test
    void officerDownloadsTheApplicationFormAndTheDecision_P1_appendix1() throws Exception {
        CompensationGateway.forget(IIN);
        JsonPath application = as(OFFICER).header("Idempotency-Key", UUID.randomUUID().toString()).body("""
                {"iin":"%s","surname":"Смағұлов","firstName":"Әлихан","patronymic":"Тұрсынұлы","birthDate":"1939-01-01",
                 "address":"Щучинск, Абылай хан көшесі 3",
                 "identityDocument":{"type":"ID_CARD","number":"099000011","issuer":"ҚР ІІМ"},
                 "bankAccount":{"iban":"KZ19601KZT0000000001","bank":"Halyk Bank"},
                 "receivedBenefits":["PENSION"],"paymentInAnotherRepublic":{"received":false},
                 "rehabilitationReference":{"number":"R-2000-099011","date":"2000-01-19"},
                 "consentToPersonalDataProcessing":true,"consentToUseOfProtectedSecrets":true,
                 "applicationDate":"2026-05-04","acceptedOn":"2026-05-04",
                 "acceptedBy":{"surname":"Жуманова","firstName":"Айгерим","position":"chief specialist"}}""".formatted(IIN))
                .post("/api/v1/compensations/applications").then().statusCode(201).extract().jsonPath();
        String id = application.getString("id");
        String number = application.getString("number");
        String path = "/api/v1/compensations/applications/" + id;

        byte[] formPdf = download(path, "compensation-application-" + number + ".pdf");
        PaperReader paper = PaperReader.read(formPdf);
        String form = paper.text();
        assertTrue(form.contains("Смағұлов Әлихан Тұрсынұлы") && form.contains(number) && form.contains("04.05.2026"), form);
        assertTrue(form.contains("R-2000-099011, 19.01.2000") && form.contains("Подпись заявителя"), form);
        assertArrayEquals(formPdf, download(path, "compensation-application-" + number + ".pdf"), "the same bytes on every download");
        as(EGOV_PORTAL).accept(PDF).get(path).then().statusCode(403);
        assertTrue(paper.qrCode().equals(URL + "/api/v1/compensations/verification/applications/" + number), paper.qrCode());
        RestAssured.given().header("X-Api-Key", EGOV_PORTAL).get(paper.qrCode()).then().statusCode(200)
                .body("result", equalTo("RECEIVED")).body("iin", nullValue());

        as(OFFICER).body("{\"outcome\":\"ASSIGN\"}").post(path + "/decision").then().statusCode(200)
                .body("decision.amount.amount", equalTo("58387.50"));
        PaperReader decision = PaperReader.read(download(path + "/decision", "compensation-decision-" + number + ".pdf"));
        assertTrue(decision.text().contains("Смағұлов Әлихан Тұрсынұлы") && decision.text().contains("58 387,50")
                && decision.text().contains(number), decision.text());
        assertTrue(decision.qrCode().equals(URL + "/api/v1/compensations/verification/decisions/" + number), decision.qrCode());
        RestAssured.given().header("X-Api-Key", EGOV_PORTAL).get(decision.qrCode()).then().statusCode(200)
                .body("result", equalTo("ASSIGNED")).body("amount.amount", equalTo("58387.50")).body("iin", nullValue());
    }
}

package kz.gov.rehab.certificate.issuance.rest;

import static io.restassured.RestAssured.given;
import static kz.gov.rehab.certificate.support.Intakes.BRANCH;
import static kz.gov.rehab.certificate.support.Intakes.ISKAKOV;
import static kz.gov.rehab.certificate.support.Intakes.ISKAKOV_ID_CARD;
import static kz.gov.rehab.certificate.support.Intakes.OMAROVA;
import static kz.gov.rehab.certificate.support.Intakes.OMAROVA_ID_CARD;
import static kz.gov.rehab.certificate.support.Intakes.SEITKALI;
import static kz.gov.rehab.certificate.support.Intakes.SEITKALI_ID_CARD;
import static kz.gov.rehab.certificate.support.Intakes.accepted;
import static kz.gov.rehab.certificate.support.Intakes.certificate;
import static kz.gov.rehab.certificate.support.Intakes.submit;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import kz.gov.rehab.commons.time.ServiceClock;
import kz.gov.rehab.certificate.support.CertificateTables;
import kz.gov.rehab.certificate.support.GatewayTokens;
import kz.gov.rehab.commons.document.PaperDocument;
import kz.gov.rehab.commons.testing.PdfPages;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The paper documents through the API (docs/documents.md): {@code Accept: application/pdf} on the
 * receipt and the certificate, the hearing papers, the same role checks as the JSON, the same bytes
 * on every fetch, and verification that shows no more than the paper.
 */
@QuarkusTest
class PaperDocumentsFlowTest {

    private static final String PDF = PaperDocument.MEDIA_TYPE;
    private static final String APPLICATIONS = "/api/v1/certificates/applications/";

    @Inject
    EntityManager em;

    @Inject
    ServiceClock clock;

    @BeforeEach
    void noApplications() {
        CertificateTables.clean(em);
    }

    private static byte[] pdf(String token, String path, String fileName) {
        return given().auth().oauth2(token).accept(PDF).get(path).then().statusCode(200).contentType(PDF)
                .header("Content-Disposition", "attachment; filename=\"" + fileName + "\"")
                .extract().asByteArray();
    }

    @Test
    void branchPrintsTheAcceptanceReceiptAsRecorded_para5() {
        String[] application = accepted(ISKAKOV, ISKAKOV_ID_CARD);
        String branch = GatewayTokens.stateCorporation(BRANCH);
        byte[] receipt = pdf(branch, APPLICATIONS + application[0] + "/receipt", "acceptance-receipt-" + application[0] + ".pdf");
        String text = PdfPages.text(receipt);
        assertTrue(text.contains("Исқақов Мұрат Болатұлы"), text);
        assertTrue(text.contains(application[0]));
        String ready = given().auth().oauth2(branch).get(APPLICATIONS + application[0]).then().extract().path("readyDate");
        assertTrue(text.contains(PaperDocument.date(LocalDate.parse(ready))), "the ready date");
        assertTrue(text.contains(PaperDocument.date(clock.today())), "the date of submission");
        assertArrayEquals(receipt, pdf(branch, APPLICATIONS + application[0] + "/receipt", "acceptance-receipt-" + application[0] + ".pdf"),
                "fetched again: the same bytes");
        assertTrue(PdfPages.qrOnFirstPage(receipt).endsWith("/api/v1/certificates/verification/receipts/" + application[0]));

        // the JSON is still the default, and the competent akimat may read the receipt too
        given().auth().oauth2(branch).get(APPLICATIONS + application[0] + "/receipt").then().statusCode(200)
                .contentType("application/json").body("kind", equalTo("ACCEPTANCE"));
        given().auth().oauth2(GatewayTokens.akimat(application[1])).accept(PDF).get(APPLICATIONS + application[0] + "/receipt")
                .then().statusCode(200).contentType(PDF);
        // another branch, another akimat, another role: as for the JSON
        given().auth().oauth2(GatewayTokens.stateCorporation("SC-0999")).accept(PDF).get(APPLICATIONS + application[0] + "/receipt")
                .then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(GatewayTokens.akimat("750000000")).accept(PDF).get(APPLICATIONS + application[0] + "/receipt")
                .then().statusCode(404);
        given().auth().oauth2(GatewayTokens.token("monitoring", null, "monitoring")).accept(PDF)
                .get(APPLICATIONS + application[0] + "/receipt").then().statusCode(403);
        given().auth().oauth2(branch).accept("text/html").get(APPLICATIONS + application[0] + "/receipt").then().statusCode(406);

        // the QR code's target: what the paper says, without the person
        given().auth().oauth2(GatewayTokens.token("pension-fund", null, "monitoring"))
                .get("/api/v1/certificates/verification/receipts/" + application[0]).then().statusCode(200)
                .body("result", equalTo("ISSUED")).body("kind", equalTo("ACCEPTANCE")).body("resultReadyOn", equalTo(ready))
                .body("applicantIin", nullValue()).body("applicant", nullValue());
    }

    @Test
    void branchPrintsBothCopiesOfTheRefusalReceipt_appendix3() {
        String number = submit(certificate(OMAROVA, OMAROVA_ID_CARD)).statusCode(201)
                .body("status", equalTo("REFUSED_AT_INTAKE")).extract().path("number");
        byte[] receipt = pdf(GatewayTokens.stateCorporation(BRANCH), APPLICATIONS + number + "/receipt", "refusal-receipt-" + number + ".pdf");
        assertEquals(2, PdfPages.pages(receipt));
        String text = PdfPages.text(receipt);
        assertTrue(text.contains("Омарова Күлпаш Әбенқызы"));
        assertTrue(text.contains("Удостоверение личности № " + OMAROVA_ID_CARD + ": срок действия истёк 09.03.2025"), text);
        assertTrue(PdfPages.inkOnFirstPage(receipt) > 0.01);
    }

    @Test
    void akimatPrintsTheHearingNoticeAndRecord_para12_appkArt73and74() {
        String[] application = accepted(ISKAKOV, ISKAKOV_ID_CARD);
        String akimat = GatewayTokens.akimat(application[1]);
        String path = APPLICATIONS + application[0];
        // the hearing is held after the notice (para 12): a few minutes from now, in Astana
        java.time.LocalDateTime at = clock.now().toLocalDateTime().plusMinutes(5).withSecond(0).withNano(0);
        java.time.LocalDateTime held = clock.now().toLocalDateTime().plusMinutes(1).withSecond(0).withNano(0);
        LocalDate today = held.toLocalDate();
        String scheduled = at.toLocalTime().toString();
        String start = held.toLocalTime().toString();
        String end = kz.gov.rehab.certificate.support.HearingTimes.endingAfter(held.toLocalTime(), 40).toString();
        given().auth().oauth2(akimat).accept(PDF).get(path + "/hearing/notice").then().statusCode(404);
        given().auth().oauth2(akimat).contentType("application/json").body("""
                {"ground":"UNRELIABLE_DOCUMENTS_OR_DATA","details":"Анықтама тізілімде жоқ / Справки нет в реестре",
                 "noticeWay":"VIDEOCONFERENCE","scheduledAt":"%s","place":"Әкімдік, 305-бөлме"}""".formatted(at))
                .post(path + "/preliminary-refusal").then().statusCode(200);
        byte[] notice = pdf(akimat, path + "/hearing/notice", "hearing-notice-" + application[0] + ".pdf");
        assertTrue(PdfPages.text(notice).contains("Исқақов Мұрат Болатұлы"));
        assertTrue(PdfPages.text(notice).contains(PaperDocument.date(at.toLocalDate()) + " " + scheduled));
        given().auth().oauth2(akimat).accept(PDF).get(path + "/hearing/record").then().statusCode(404);
        given().auth().oauth2(GatewayTokens.stateCorporation(BRANCH)).accept(PDF).get(path + "/hearing/notice").then().statusCode(403);

        given().auth().oauth2(akimat).contentType("application/json").body("""
                {"heldOn":"%s","startedAt":"%s","endedAt":"%s","place":"Әкімдік, 305-бөлме","body":"Астана қаласының әкімдігі",
                 "official":"Сейітов Б.Қ.","participant":"Исқақов Мұрат Болатұлы","question":"Алдын ала бас тарту",
                 "statements":"Өтініш беруші келіспейді","questionsAndAnswers":"С.: Түпнұсқа? Ж.: Жоғалған",
                 "factsToRecord":"Мұрағатты су басқан"}""".formatted(today, start, end))
                .post(path + "/hearing").then().statusCode(200);
        byte[] record = pdf(akimat, path + "/hearing/record", "hearing-record-" + application[0] + ".pdf");
        String text = PdfPages.text(record);
        assertTrue(text.contains(start + " – " + end) && text.contains("Мұрағатты су басқан"), text);
        given().auth().oauth2(akimat).get(path + "/hearing").then().statusCode(200).body("official", equalTo("Сейітов Б.Қ."));
        assertTrue(PdfPages.qrOnFirstPage(record).endsWith("/api/v1/certificates/verification/hearings/" + application[0]));
        given().auth().oauth2(GatewayTokens.token("monitoring", null, "monitoring"))
                .get("/api/v1/certificates/verification/hearings/" + application[0]).then().statusCode(200)
                .body("result", equalTo("HELD")).body("heldOn", equalTo(today.toString())).body("participant", nullValue());
    }

    @Test
    void akimatPrintsTheCertificateItIssued_items6to8_appendix2() {
        String[] application = accepted(SEITKALI, SEITKALI_ID_CARD);
        String akimat = GatewayTokens.akimat(application[1]);
        String path = APPLICATIONS + application[0] + "/certificate";
        given().auth().oauth2(akimat).accept(PDF).get(path).then().statusCode(404);
        String number = given().auth().oauth2(akimat).post(path).then().statusCode(201).extract().path("number");
        byte[] certificate = pdf(akimat, path, "certificate-" + number + ".pdf");
        String text = PdfPages.text(certificate);
        assertTrue(text.contains("Сейтқали Бекжан") && text.contains(number) && text.contains(PaperDocument.date(clock.today())), text);
        assertTrue(PdfPages.qrOnFirstPage(certificate).endsWith("/api/v1/certificates/verification/" + number));
        assertArrayEquals(certificate, pdf(akimat, path, "certificate-" + number + ".pdf"));
        // the branch that hands it out may print it too; the JSON stays the default
        pdf(GatewayTokens.stateCorporation(BRANCH), path, "certificate-" + number + ".pdf");
        given().auth().oauth2(akimat).get(path).then().statusCode(200).body("number", equalTo(number))
                .body("holderIin", not(equalTo(SEITKALI)));
        given().auth().oauth2(GatewayTokens.akimat("750000000")).accept(PDF).get(path).then().statusCode(404);
        given().auth().oauth2(GatewayTokens.token("pension-fund", null, "monitoring")).get("/api/v1/certificates/verification/" + number)
                .then().statusCode(200).body("result", equalTo("VALID")).body("kind", equalTo("ORIGINAL"))
                .body("holderName", nullValue());
    }
}

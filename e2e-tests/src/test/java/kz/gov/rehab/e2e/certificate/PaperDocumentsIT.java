package kz.gov.rehab.e2e.certificate;

import static kz.gov.rehab.e2e.certificate.CertificateApi.AKIMAT_ALMATY;
import static kz.gov.rehab.e2e.certificate.CertificateApi.AKIMAT_ASTANA;
import static kz.gov.rehab.e2e.certificate.CertificateApi.MONITORING;
import static kz.gov.rehab.e2e.certificate.CertificateApi.OMAROVA;
import static kz.gov.rehab.e2e.certificate.CertificateApi.OMAROVA_ID_CARD;
import static kz.gov.rehab.e2e.certificate.CertificateApi.SEITKALI;
import static kz.gov.rehab.e2e.certificate.CertificateApi.SEITKALI_ID_CARD;
import static kz.gov.rehab.e2e.certificate.CertificateApi.STATE_CORPORATION;
import static kz.gov.rehab.e2e.certificate.CertificateApi.URL;
import static kz.gov.rehab.e2e.certificate.CertificateApi.application;
import static kz.gov.rehab.e2e.certificate.CertificateApi.as;
import static kz.gov.rehab.e2e.certificate.CertificateApi.submit;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.RestAssured;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import kz.gov.rehab.e2e.PaperReader;
import org.junit.jupiter.api.Test;

/**
 * The paper documents of the certificate service through the gateway, with the development keys
 * (issue "Paper documents", docs/documents.md): the State Corporation downloads the acceptance and
 * refusal receipts; the akimat the hearing notice, the hearing record and the certificate. The QR
 * code of each paper leads to a verification that answers through the gateway.
 */
class PaperDocumentsIT {

    private static final String PDF = "application/pdf";
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Almaty"));
    private static final String PRINTED_TODAY = TODAY.format(DateTimeFormatter.ofPattern("dd.MM.yyyy"));

    private static byte[] download(String apiKey, String path, String fileName) {
        return as(apiKey).accept(PDF).get(path).then().statusCode(200).contentType(PDF)
                .header("Content-Disposition", "attachment; filename=\"" + fileName + "\"").extract().asByteArray();
    }

    /** What the QR code says, checked to be a verification of this gateway that answers, with the body's result. */
    private static String verifiedThroughTheQrCode(String qrCode) {
        assertTrue(qrCode.startsWith(URL + "/api/v1/certificates/verification/"), qrCode);
        return RestAssured.given().header("X-Api-Key", MONITORING).get(qrCode).then().statusCode(200)
                .body("holderName", nullValue()).body("applicant", nullValue()).extract().path("result");
    }

    @Test
    void stateCorporationDownloadsTheReceipts_para5_appendix3() throws Exception {
        var refused = submit(application("CERTIFICATE", OMAROVA, OMAROVA_ID_CARD, true, ""));
        assertEquals("REFUSED_AT_INTAKE", refused.path("status"));
        String number = refused.path("number");
        PaperReader refusal = PaperReader.read(download(STATE_CORPORATION, "/api/v1/certificates/applications/" + number + "/receipt",
                "refusal-receipt-" + number + ".pdf"));
        assertEquals(2, refusal.pages(), "two copies, one for each party");
        assertTrue(refusal.text().contains("Омарова Күлпаш Әбенқызы") && refusal.text().contains(number), refusal.text());
        assertTrue(refusal.text().contains("срок действия истёк 09.03.2025"));
        assertEquals("ISSUED", verifiedThroughTheQrCode(refusal.qrCode()));
        as(AKIMAT_ALMATY).accept(PDF).get("/api/v1/certificates/applications/" + number + "/receipt").then().statusCode(404);
    }

    @Test
    void akimatDownloadsTheHearingPapersAndTheCertificate_para12_items6to8() throws Exception {
        var answer = submit(application("CERTIFICATE", SEITKALI, SEITKALI_ID_CARD, true, ""));
        if (answer.statusCode() == 422) {
            answer = submit(application("DUPLICATE", SEITKALI, SEITKALI_ID_CARD, true, ""));
        }
        assertEquals(201, answer.statusCode(), answer.body().asString());
        String number = answer.path("number");
        String path = "/api/v1/certificates/applications/" + number;
        String ready = LocalDate.parse(answer.<String>path("readyDate")).format(DateTimeFormatter.ofPattern("dd.MM.yyyy"));

        byte[] receiptPdf = download(STATE_CORPORATION, path + "/receipt", "acceptance-receipt-" + number + ".pdf");
        PaperReader receipt = PaperReader.read(receiptPdf);
        assertTrue(receipt.text().contains("Сейтқали Бекжан") && receipt.text().contains(number), receipt.text());
        assertTrue(receipt.text().contains(PRINTED_TODAY) && receipt.text().contains(ready), "submitted today, ready date");
        assertEquals("ISSUED", verifiedThroughTheQrCode(receipt.qrCode()));
        assertArrayEquals(receiptPdf, download(STATE_CORPORATION, path + "/receipt", "acceptance-receipt-" + number + ".pdf"),
                "the same bytes on every download");

        // the hearing comes after the notice (para 12): a few minutes from now, in Astana
        java.time.LocalDateTime scheduledAt = Hearings.soon();
        java.time.LocalTime start = Hearings.startingNow();
        java.time.LocalTime end = Hearings.endingAfter(start, 25);
        as(AKIMAT_ASTANA).body("""
                {"ground":"UNRELIABLE_DOCUMENTS_OR_DATA","details":"Анықтама тізілімде табылмады / Справка не найдена в реестре",
                 "noticeWay":"VIDEOCONFERENCE","scheduledAt":"%s","place":"Астана қаласының әкімдігі, 305-бөлме"}""".formatted(scheduledAt))
                .post(path + "/preliminary-refusal").then().statusCode(200);
        PaperReader notice = PaperReader.read(download(AKIMAT_ASTANA, path + "/hearing/notice", "hearing-notice-" + number + ".pdf"));
        assertTrue(notice.text().contains("Сейтқали Бекжан") && notice.text().contains(scheduledAt.toLocalDate().format(java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy"))
                        + " " + scheduledAt.toLocalTime())
                && notice.text().contains(ready), notice.text());
        assertEquals("NOTIFIED", verifiedThroughTheQrCode(notice.qrCode()));
        as(STATE_CORPORATION).accept(PDF).get(path + "/hearing/notice").then().statusCode(403);

        as(AKIMAT_ASTANA).body("""
                {"heldOn":"%s","startedAt":"%s","endedAt":"%s","place":"Астана қаласының әкімдігі, 305-бөлме",
                 "body":"Астана қаласының әкімдігі","official":"Сейітов Бауыржан","participant":"Сейтқали Бекжан",
                 "question":"Анықтаманың түпнұсқалығы / Подлинность справки","statements":"Түпнұсқа ұсынылды / Представлен оригинал",
                 "questionsAndAnswers":"-","factsToRecord":"Түпнұсқа тексерілді / Оригинал проверен"}""".formatted(TODAY, start, end))
                .post(path + "/hearing").then().statusCode(200);
        PaperReader record = PaperReader.read(download(AKIMAT_ASTANA, path + "/hearing/record", "hearing-record-" + number + ".pdf"));
        assertTrue(record.text().contains(start + " – " + end) && record.text().contains("Түпнұсқа тексерілді"), record.text());
        assertEquals("HELD", verifiedThroughTheQrCode(record.qrCode()));

        String certificateNumber = as(AKIMAT_ASTANA).post(path + "/certificate").then().statusCode(201).extract().path("number");
        String kind = answer.path("requested").equals("DUPLICATE") ? "certificate-duplicate-" : "certificate-";
        PaperReader certificate = PaperReader.read(download(AKIMAT_ASTANA, path + "/certificate", kind + certificateNumber + ".pdf"));
        assertTrue(certificate.text().contains("Сейтқали Бекжан") && certificate.text().contains(certificateNumber)
                && certificate.text().contains(PRINTED_TODAY), certificate.text());
        assertEquals(answer.path("requested").equals("DUPLICATE"), certificate.text().contains("ТЕЛНҰСҚА / ДУБЛИКАТ"));
        assertEquals("VALID", verifiedThroughTheQrCode(certificate.qrCode()));
        as(AKIMAT_ASTANA).get(path + "/certificate").then().statusCode(200).body("number", equalTo(certificateNumber));
    }

    @Test
    void theGatewaysOpenApiShowsThePdfMediaType() {
        RestAssured.given().baseUri(URL).get("/openapi/certificates.json").then().statusCode(200)
                .body("paths.'/api/v1/certificates/applications/{number}/certificate'.get.responses.'200'.content", hasKey(PDF))
                .body("paths.'/api/v1/certificates/applications/{number}/receipt'.get.responses.'200'.content", hasKey(PDF))
                .body("paths.'/api/v1/certificates/applications/{number}/hearing/notice'.get.responses.'200'.content", hasKey(PDF));
        RestAssured.given().baseUri(URL).get("/openapi/compensations.json").then().statusCode(200)
                .body("paths.'/api/v1/compensations/applications/{id}'.get.responses.'200'.content", hasKey(PDF))
                .body("paths.'/api/v1/compensations/applications/{id}/decision'.get.responses.'200'.content", hasKey(PDF));
    }
}

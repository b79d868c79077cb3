package kz.gov.rehab.e2e.certificate;

import static kz.gov.rehab.e2e.certificate.CertificateApi.AKIMAT_ALMATY;
import static kz.gov.rehab.e2e.certificate.CertificateApi.AKIMAT_ASTANA;
import static kz.gov.rehab.e2e.certificate.CertificateApi.AKIMAT_KARAGANDA;
import static kz.gov.rehab.e2e.certificate.CertificateApi.AUDITOR;
import static kz.gov.rehab.e2e.certificate.CertificateApi.CONTACT_CENTRE;
import static kz.gov.rehab.e2e.certificate.CertificateApi.PETROVA;
import static kz.gov.rehab.e2e.certificate.CertificateApi.PETROVA_ID_CARD;
import static kz.gov.rehab.e2e.certificate.CertificateApi.REGISTER_OPERATOR;
import static kz.gov.rehab.e2e.certificate.CertificateApi.STATE_CORPORATION;
import static kz.gov.rehab.e2e.certificate.CertificateApi.UNKNOWN;
import static kz.gov.rehab.e2e.certificate.CertificateApi.ZHUMABAYEV;
import static kz.gov.rehab.e2e.certificate.CertificateApi.ZHUMABAYEV_ID_CARD;
import static kz.gov.rehab.e2e.certificate.CertificateApi.application;
import static kz.gov.rehab.e2e.certificate.CertificateApi.as;
import static kz.gov.rehab.e2e.certificate.CertificateApi.submit;
import static kz.gov.rehab.e2e.certificate.CertificateApi.writtenOnTheForm;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.RestAssured;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import kz.gov.rehab.e2e.Pages;
import org.junit.jupiter.api.Test;

/**
 * Issue 13 through the gateway, on the running applications with PostgreSQL and Kafka: the State
 * Corporation refuses to accept documents only on the grounds of Appendix 3 (C3); a deceased, an
 * unregistered or an unknown person's complete set is accepted with the receipt and goes to the
 * competent akimat, which sees what the registries said and can refuse only after a hearing
 * (item 11, para 12), on a ground that the refusal and its status event carry.
 */
class DecisionOnTheLawsGroundsIT {

    private static final String TODAY = LocalDate.now(ZoneId.of("Asia/Almaty")).toString();

    @Test
    void deceasedPersonIsAcceptedAndRefusedOnlyAfterAHearing_C3_para12() {
        var answer = submit(application("CERTIFICATE", ZHUMABAYEV, ZHUMABAYEV_ID_CARD, true, ""));
        acceptedThenRefusedAfterHearing(answer, AKIMAT_KARAGANDA, "351000000", "applicant-deceased", "NON_COMPLIANCE_WITH_ITEM_10");
    }

    @Test
    void personWithoutRegisteredAddressIsRoutedByTheFormAndRefusedOnlyAfterAHearing_C3_C6_para12() {
        var answer = submit(writtenOnTheForm(application("CERTIFICATE", PETROVA, PETROVA_ID_CARD, true, ""), "711110000", null, null));
        assertEquals("RESIDENTIAL_ADDRESS_ON_FORM", answer.path("registrySnapshot.routing.by"), answer.body().asString());
        acceptedThenRefusedAfterHearing(answer, AKIMAT_ASTANA, "710000000", "no-registered-address", "UNRELIABLE_DOCUMENTS_OR_DATA");
    }

    @Test
    void unknownPersonIsAcceptedAndRefusedOnlyAfterAHearing_C3_para12() {
        String body = writtenOnTheForm(application("CERTIFICATE", UNKNOWN, "123456789", true, ""), "751110000", "Белгісіз", "Адам")
                .replace("\"number\":\"123456789\"}", "\"number\":\"123456789\",\"validUntil\":\"2031-01-01\"}");
        var answer = submit(body);
        acceptedThenRefusedAfterHearing(answer, AKIMAT_ALMATY, "750000000", "applicant-not-found", "UNRELIABLE_DOCUMENTS_OR_DATA");
    }

    private static void acceptedThenRefusedAfterHearing(io.restassured.response.ExtractableResponse<io.restassured.response.Response> answer,
            String akimatKey, String akimatCode, String finding, String ground) {
        assertEquals(201, answer.statusCode(), answer.body().asString());
        assertEquals("UNDER_REVIEW", answer.path("status"));
        assertEquals("ACCEPTANCE", answer.path("receipt.kind"));
        assertEquals(akimatCode, answer.path("akimatCode"));
        List<String> findings = answer.path("reviewFindings.code");
        assertTrue(findings.contains(finding), findings.toString());
        String path = "/api/v1/certificates/applications/" + answer.path("number");

        // the akimat sees the findings, and cannot refuse without a hearing
        as(akimatKey).get(path).then().statusCode(200).body("reviewFindings.code", hasItem(finding));
        as(akimatKey).body("{\"reason\":\"no hearing yet\"}").post(path + "/refusal").then().statusCode(409)
                .body("currentState", equalTo("UNDER_REVIEW"));
        as(akimatKey).body("""
                {"ground":"%s","details":"Registry finding: %s","noticeWay":"DIGITAL_SYSTEMS","scheduledAt":"%s","place":"Akimat, video link"}"""
                .formatted(ground, finding, Hearings.soon())).post(path + "/preliminary-refusal").then().statusCode(200);
        // a hearing record dated before the notice is refused
        as(akimatKey).body(hearing("2020-01-01", java.time.LocalTime.of(10, 0))).post(path + "/hearing").then().statusCode(422)
                .contentType(containsString("application/problem+json")).body("type", containsString("hearing-before-notice"));
        as(akimatKey).body(hearing(TODAY, Hearings.startingNow())).post(path + "/hearing").then().statusCode(200);
        as(akimatKey).body("{\"reason\":\"The registries' finding was put to the applicant at the hearing and not refuted\"}")
                .post(path + "/refusal").then().statusCode(200)
                .body("status", equalTo("REFUSED")).body("refusalGround", equalTo(ground));
        as(STATE_CORPORATION).post(path + "/hand-out").then().statusCode(200);
        StatusEvents.assertStages(answer.path("id"),
                List.of("submitted", "accepted", "routed", "hearing-scheduled", "hearing-held", "refused", "handed-out"));
    }

    private static String hearing(String heldOn, java.time.LocalTime start) {
        return """
                {"heldOn":"%s","startedAt":"%s","endedAt":"%s","place":"Akimat, video link","body":"Akimat",
                 "official":"Chief specialist","participant":"The applicant's representative","question":"The registries' finding",
                 "statements":"The applicant disputes the finding","questionsAndAnswers":"-","factsToRecord":"-"}"""
                .formatted(heldOn, start, Hearings.endingAfter(start, 1));
    }

    @Test
    void refusalToAcceptCarriesItsAppendix3Ground_C3() {
        var answer = submit(application("CERTIFICATE", ZHUMABAYEV, ZHUMABAYEV_ID_CARD, false, ""));
        assertEquals(201, answer.statusCode(), answer.body().asString());
        assertEquals("REFUSED_AT_INTAKE", answer.path("status"));
        assertEquals(List.of("INCOMPLETE_SET"), answer.path("receipt.grounds"));
        StatusEvents.assertStages(answer.path("id"), List.of("submitted", "refused-at-intake"));
    }

    @Test
    void unifiedContactCentreAsksTheStatus_item12_2() {
        var answer = submit(application("CERTIFICATE", ZHUMABAYEV, ZHUMABAYEV_ID_CARD, true, ""));
        as(CONTACT_CENTRE).body("{\"applicationNumber\":\"%s\",\"iin\":\"%s\"}".formatted(answer.path("number"), ZHUMABAYEV))
                .post("/api/v1/certificates/status-inquiries").then().statusCode(200).body("status", equalTo("UNDER_REVIEW"));
        as(CONTACT_CENTRE).get("/api/v1/certificates/applications/" + answer.path("number")).then().statusCode(403);
    }

    @Test
    void preSystemImportReportsRejectedRowsAndWritesNothing() {
        String csv = """
                number,holderIin,surname,firstName,patronymic,basisDocument,issuedOn,akimatCode,akimatName,signedBy
                710000000-2003-%1$s,330707399061,Исқақов,Мұрат,,Reference R-1999-099007,2003-01-20,710000000,Астана қаласының әкімдігі,
                """.formatted(System.nanoTime() % 1_000_000);
        RestAssured.given().baseUri(CertificateApi.URL).header("X-Api-Key", REGISTER_OPERATOR).contentType("text/csv")
                .queryParam("source", "Astana archive").queryParam("operator", "Беков Арман").body(csv)
                .post("/api/v1/certificates/pre-system-certificates/imports").then().statusCode(422)
                .body("rejectedRows[0].row", equalTo(1)).body("rejectedRows[0].field", equalTo("holderIin"));
        assertThat(Pages.field(() -> as(AUDITOR), "/api/v1/certificates/pre-system-certificates/imports?size=100", "source", String.class),
                hasItem("Registry fixtures (docs/registry-fixtures.md)"));
    }
}

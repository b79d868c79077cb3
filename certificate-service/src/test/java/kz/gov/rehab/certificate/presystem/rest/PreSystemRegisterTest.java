package kz.gov.rehab.certificate.presystem.rest;

import static io.restassured.RestAssured.given;
import static kz.gov.rehab.certificate.support.Intakes.KIM;
import static kz.gov.rehab.certificate.support.Intakes.KIM_ID_CARD;
import static kz.gov.rehab.certificate.support.Intakes.body;
import static kz.gov.rehab.certificate.support.Intakes.certificate;
import static kz.gov.rehab.certificate.support.Intakes.submit;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import kz.gov.rehab.certificate.support.CertificateTables;
import kz.gov.rehab.certificate.support.GatewayTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The register of certificates issued before the system (issue 13 item 2): operator's import, duplicates of its certificates. */
@QuarkusTest
class PreSystemRegisterTest {

    private static final String PATH = "/api/v1/certificates/pre-system-certificates/imports";
    private static final String HEADER = "number,holderIin,surname,firstName,patronymic,basisDocument,issuedOn,akimatCode,akimatName,signedBy\n";
    /** In no registry fixture's way: valid IINs of the synthetic range left to fixtures. */
    private static final String ROW_1 = "710000000-2004-000101,330707399060,Исқақов,Мұрат,Болатұлы,\"Reference R-1999-099007, prosecutor's office\",2004-05-17,710000000,Астана қаласының әкімдігі,А. Беков\n";
    private static final String ROW_2_BAD_IIN = "710000000-2004-000102,330707399061,Сейтқали,Бекжан,,Reference R-1996-099001,2004-05-18,710000000,Астана қаласының әкімдігі,\n";

    @Inject
    EntityManager em;

    @BeforeEach
    void onlyTheFixtures() {
        CertificateTables.clean(em);
    }

    private static String operator() {
        return GatewayTokens.token("certificate-register-operator", null, "certificate-register-operator");
    }

    @Test
    void fixtureHolderHasHerPreSystemCertificate() {
        assertEquals(1, CertificateTables.count(em, "certificate WHERE holder_iin = '" + KIM + "' AND provenance = 'IMPORT'"));
        given().auth().oauth2(GatewayTokens.token("pension-fund", null, "monitoring"))
                .get("/api/v1/certificates/verification/750000000-1998-000412").then().body("result", equalTo("VALID"));
    }

    @Test
    void importIsAuditedAndRecordsEveryRow() {
        given().auth().oauth2(operator()).queryParam("source", "Astana akimat archive ledger 2004").queryParam("operator", "Беков Арман")
                .contentType("text/csv").body(HEADER + ROW_1)
                .post(PATH).then().statusCode(201).body("rowsImported", equalTo(1));
        given().auth().oauth2(GatewayTokens.token("auditor", null, "auditor")).get(PATH).then().statusCode(200)
                .body("items[0].operator", equalTo("Беков Арман")).body("items[0].system", equalTo("certificate-register-operator"))
                .body("items[0].format", equalTo("CSV")).body("items[0].rowsImported", equalTo(1));
    }

    @Test
    void rejectedRowsAreReportedAndNothingIsWritten() {
        long before = CertificateTables.count(em, "certificate");
        given().auth().oauth2(operator()).queryParam("source", "Astana archive").queryParam("operator", "Беков Арман")
                .contentType("text/csv").body(HEADER + ROW_1 + ROW_2_BAD_IIN)
                .post(PATH).then().statusCode(422).contentType("application/problem+json")
                .body("type", containsString("import-rows-rejected"))
                .body("rejectedRows.row", contains(2)).body("rejectedRows.field", contains("holderIin"));
        assertEquals(before, CertificateTables.count(em, "certificate"));
        assertEquals(1, CertificateTables.count(em, "certificate_import"));
    }

    @Test
    void jsonRowsAndTheOneOriginalRuleAgainstTheRegister_C8() {
        given().auth().oauth2(operator()).queryParam("source", "Almaty archive").queryParam("operator", "Беков Арман")
                .contentType("application/json").body("""
                        [{"number":"750000000-2001-000007","holderIin":"%s","surname":"Ким","firstName":"Валентина",
                          "basisDocument":"Reference R-1994-099006","issuedOn":"2001-02-03","akimatCode":"750000000","akimatName":"Алматы"}]"""
                        .formatted(KIM))
                .post(PATH).then().statusCode(422).body("rejectedRows[0].reason", containsString("already holds an original"));
    }

    @Test
    void unreadableFileOrUnknownColumnIsRefusedAsAWhole() {
        given().auth().oauth2(operator()).queryParam("source", "x").queryParam("operator", "y")
                .contentType("text/csv").body("number,colour\nA,red\n").post(PATH)
                .then().statusCode(400).body("violations.field", hasItem("file"));
        given().auth().oauth2(operator()).contentType("text/csv").body(HEADER + ROW_1).post(PATH)
                .then().statusCode(400).body("violations.field", hasItem("source"));
    }

    @Test
    void onlyTheRegisterOperatorImports() {
        given().auth().oauth2(GatewayTokens.akimat("710000000")).queryParam("source", "x").queryParam("operator", "y")
                .contentType("text/csv").body(HEADER + ROW_1).post(PATH).then().statusCode(403);
    }

    @Test
    void duplicateIsIssuedForAnImportedPreSystemCertificate_C8() {
        var application = submit(body("DUPLICATE", KIM, KIM_ID_CARD, true)).statusCode(201)
                .body("status", equalTo("UNDER_REVIEW")).body("reviewFindings.code", not(hasItem("no-original-certificate"))).extract();
        given().auth().oauth2(GatewayTokens.akimat(application.path("akimatCode")))
                .post("/api/v1/certificates/applications/" + application.path("number") + "/certificate")
                .then().statusCode(201).body("kind", equalTo("DUPLICATE")).body("originalNumber", equalTo("750000000-1998-000412"))
                .body("number", equalTo("750000000-1998-000412-D1"));
        given().auth().oauth2(GatewayTokens.token("pension-fund", null, "monitoring"))
                .get("/api/v1/certificates/verification/750000000-1998-000412").then().body("result", equalTo("REPLACED_BY_DUPLICATE"));
    }

    @Test
    void secondOriginalAgainstAPreSystemCertificateIsAFinding_C3_C8() {
        submit(certificate(KIM, KIM_ID_CARD)).statusCode(201).body("status", equalTo("UNDER_REVIEW"))
                .body("reviewFindings.code", hasItem("certificate-already-issued"));
    }
}

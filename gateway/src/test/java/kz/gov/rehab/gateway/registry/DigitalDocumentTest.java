package kz.gov.rehab.gateway.registry;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** Digital documents service: identity document for a one-time code, once (C2 item 1). */
@QuarkusTest
class DigitalDocumentTest {

    private static String issueCode(String iin) {
        return given().header("X-Api-Key", ApiKeys.EGOV_PORTAL).contentType("application/json")
                .body("{\"iin\":\"" + iin + "\"}")
                .post("/egov/v1/digital-documents/one-time-codes")
                .then().statusCode(201).extract().path("code");
    }

    private static io.restassured.response.Response release(String iin, String code) {
        return given().header("X-Api-Key", ApiKeys.CERTIFICATE_SERVICE).header("X-Road-Issue", "CERT-DD-1")
                .contentType("application/json")
                .body("{\"iin\":\"" + iin + "\",\"code\":\"" + code + "\"}")
                .post("/egov/v1/digital-documents");
    }

    @Test
    void identityDocumentIsReleasedForAValidCode_C2item1() {
        String code = issueCode(Fixtures.MONTHS_24);
        release(Fixtures.MONTHS_24, code).then().statusCode(200)
                .body("iin", equalTo(Fixtures.MONTHS_24))
                .body("document.type", equalTo("ID_CARD"))
                .body("document.number", equalTo("099000007"));
    }

    @Test
    void aCodeIsUsedOnlyOnce() {
        String code = issueCode(Fixtures.MONTHS_200);
        release(Fixtures.MONTHS_200, code).then().statusCode(200);
        release(Fixtures.MONTHS_200, code).then().statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("https://rehab.gov.kz/problems/one-time-code-refused"));
    }

    @Test
    void aWrongCodeIsRefused() {
        String code = issueCode(Fixtures.NO_PATRONYMIC);
        String wrong = code.equals("000000") ? "000001" : "000000";
        release(Fixtures.NO_PATRONYMIC, wrong).then().statusCode(422);
        // the code of another person does not open this one's document
        release(Fixtures.MONTHS_24, code).then().statusCode(422);
    }

    @Test
    void aCodeNeedsACaseToo() {
        given().header("X-Api-Key", ApiKeys.CERTIFICATE_SERVICE).contentType("application/json")
                .body("{\"iin\":\"" + Fixtures.MONTHS_24 + "\",\"code\":\"123456\"}")
                .post("/egov/v1/digital-documents")
                .then().statusCode(400).body("type", equalTo("https://rehab.gov.kz/problems/case-required"));
    }

    @Test
    void onlyTheCitizensAppOrAnAdminIssuesCodes() {
        given().header("X-Api-Key", ApiKeys.CERTIFICATE_SERVICE).contentType("application/json")
                .body("{\"iin\":\"" + Fixtures.MONTHS_24 + "\"}")
                .post("/egov/v1/digital-documents/one-time-codes")
                .then().statusCode(403);
    }
}

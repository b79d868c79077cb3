package kz.gov.rehab.certificate;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import kz.gov.rehab.certificate.support.GatewayTokens;
import org.junit.jupiter.api.Test;

/**
 * Issue #15 items 3 and 4 on the certificate service's own endpoints: a malformed query or path
 * parameter is a 400 naming it (it was a 404, or silently ignored), every 401 challenges, every 405
 * names the allowed methods, and problems speak Kazakh, Russian or English.
 */
@QuarkusTest
class ProblemConventionsTest {

    private static final String INVALID = "https://rehab.gov.kz/problems/invalid-request";

    private static String akimat() {
        return GatewayTokens.token("akimat-astana", "710000000", "akimat");
    }

    private static String anyCaller() {
        return GatewayTokens.token("contact-centre", null, "egov-portal");
    }

    @Test
    void aDateThatDoesNotExistIsNamed() {
        names(given().auth().oauth2(anyCaller()).queryParam("from", "2026-02-30").queryParam("add", "5")
                .get("/api/v1/certificates/calendar/working-days"), "from", "2026-02-30");
    }

    @Test
    void aCountThatIsNotANumberIsNamed() {
        names(given().auth().oauth2(anyCaller()).queryParam("from", "2026-02-27").queryParam("add", "abc")
                .get("/api/v1/certificates/calendar/working-days"), "add", "abc");
    }

    @Test
    void aMissingRequiredQueryParameterIsNamed() {
        given().auth().oauth2(anyCaller()).queryParam("from", "2026-02-27")
                .get("/api/v1/certificates/calendar/working-days")
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations[0].field", equalTo("add"));
    }

    @Test
    void anUnknownStatusIsNamedWithTheAllowedOnes() {
        names(given().auth().oauth2(akimat()).queryParam("status", "FOO").get("/api/v1/certificates/applications"),
                "status", "UNDER_REVIEW");
    }

    @Test
    void overdueIsTrueOrFalse() {
        names(given().auth().oauth2(akimat()).queryParam("overdue", "maybe").get("/api/v1/certificates/applications"),
                "overdue", "true or false");
        given().auth().oauth2(akimat()).queryParam("overdue", "true").get("/api/v1/certificates/applications")
                .then().statusCode(200);
    }

    @Test
    void aYearThatIsNotANumberIsNamed() {
        names(given().auth().oauth2(anyCaller()).get("/api/v1/certificates/calendar/twenty-twenty"), "year", "twenty-twenty");
    }

    @Test
    void everyUnauthenticatedCallIsChallenged() {
        given().get("/api/v1/certificates/applications")
                .then().statusCode(401).contentType("application/problem+json")
                .header("WWW-Authenticate", containsString("Bearer"))
                .body("type", equalTo("https://rehab.gov.kz/problems/unauthenticated"));
        given().auth().oauth2("not.a.token").get("/api/v1/certificates/applications")
                .then().statusCode(401).header("WWW-Authenticate", containsString("Bearer"));
    }

    @Test
    void aMethodTheEndpointDoesNotTakeNamesTheAllowedOnes() {
        given().auth().oauth2(akimat()).delete("/api/v1/certificates/applications")
                .then().statusCode(405).contentType("application/problem+json")
                .header("Allow", equalTo("GET, HEAD, OPTIONS, POST"));
    }

    @Test
    void problemsSpeakTheCallersLanguage() {
        given().auth().oauth2(akimat()).header("Accept-Language", "kk").queryParam("status", "FOO")
                .get("/api/v1/certificates/applications")
                .then().statusCode(400).header("Content-Language", "kk")
                .body("title", equalTo("Сұрау дұрыс емес"))
                .body("violations[0].field", equalTo("status"));
        given().header("Accept-Language", "ru").get("/api/v1/certificates/applications")
                .then().statusCode(401).header("Content-Language", "ru")
                .body("title", equalTo("Требуется аутентификация"));
        given().get("/api/v1/certificates/applications")
                .then().statusCode(401).header("Content-Language", "en").body("title", equalTo("Unauthenticated"));
    }

    private static void names(Response answer, String field, String messagePart) {
        answer.then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo(INVALID))
                .body("violations[0].field", equalTo(field))
                .body("violations[0].message", containsString(messagePart));
    }
}

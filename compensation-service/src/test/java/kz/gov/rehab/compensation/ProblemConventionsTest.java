package kz.gov.rehab.compensation;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import kz.gov.rehab.commons.testing.EgovGatewayResource;
import kz.gov.rehab.commons.testing.GatewayTokens;
import kz.gov.rehab.compensation.support.Callers;
import org.junit.jupiter.api.Test;

/**
 * Issue #15 items 3 and 4 on the compensation service's own endpoints: a malformed path parameter
 * is a 400 naming it (it was a 404), every 401 challenges, every 405 names the allowed methods, and
 * problems speak Kazakh, Russian or English.
 */
@QuarkusTest
@QuarkusTestResource(value = EgovGatewayResource.class, restrictToAnnotatedClass = false)
class ProblemConventionsTest {

    private static String rulesOperator() {
        return GatewayTokens.bearer("rules-operator-1", null, "rules-operator");
    }

    @Test
    void anApplicationIdThatIsNotAUuidIsNamed() {
        names(given().header("Authorization", Callers.officer()).get("/api/v1/compensations/applications/not-a-uuid"),
                "id", "not-a-uuid");
    }

    @Test
    void anUnknownProgrammeAndADateThatDoesNotExistAreNamed() {
        names(given().header("Authorization", rulesOperator())
                .post("/api/v1/compensations/rules/rates/NO_SUCH_PROGRAMME/A/2027-01-01/confirmation"), "programme", "NO_SUCH_PROGRAMME");
        names(given().header("Authorization", rulesOperator())
                .post("/api/v1/compensations/rules/mrp/2027-02-30/confirmation"), "effectiveFrom", "2027-02-30");
    }

    @Test
    void everyUnauthenticatedCallIsChallenged() {
        given().get("/api/v1/compensations/applications/" + java.util.UUID.randomUUID())
                .then().statusCode(401).contentType("application/problem+json")
                .header("WWW-Authenticate", containsString("Bearer"))
                .body("type", equalTo("https://rehab.gov.kz/problems/unauthenticated"));
    }

    @Test
    void aMethodTheEndpointDoesNotTakeNamesTheAllowedOnes() {
        given().header("Authorization", Callers.officer()).delete("/api/v1/compensations/applications/" + java.util.UUID.randomUUID())
                .then().statusCode(405).contentType("application/problem+json")
                .header("Allow", equalTo("GET, HEAD, OPTIONS"));
    }

    @Test
    void problemsSpeakTheCallersLanguage() {
        given().header("Authorization", Callers.officer()).header("Accept-Language", "ru")
                .get("/api/v1/compensations/applications/not-a-uuid")
                .then().statusCode(400).header("Content-Language", "ru")
                .body("title", equalTo("Запрос некорректен"))
                .body("violations[0].field", equalTo("id"));
        given().header("Accept-Language", "kk").get("/api/v1/compensations/applications/" + java.util.UUID.randomUUID())
                .then().statusCode(401).header("Content-Language", "kk").body("title", equalTo("Аутентификация қажет"));
    }

    private static void names(Response answer, String field, String messagePart) {
        answer.then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("https://rehab.gov.kz/problems/invalid-request"))
                .body("violations[0].field", equalTo(field))
                .body("violations[0].message", containsString(messagePart));
    }
}

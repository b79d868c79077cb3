package kz.gov.rehab.commons.problem;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Domain code raises refusals that know no HTTP; the edge answers each kind with its status, the
 * type, title, detail, fields and extension members of the refusal, in the caller's language.
 */
@QuarkusTest
class RefusalAnswersTest {

    @ParameterizedTest(name = "{0} is answered {1} {2}")
    @CsvSource({
            "not-found, 404, not-found",
            "invalid-input, 400, invalid-request",
            "rule-broken, 422, no-months-to-reimburse",
            "stale-version, 412, version-mismatch",
            "not-permitted, 403, four-eyes",
            "registry-unavailable, 503, registry-unavailable",
            "signing-key-missing, 503, signing-key-not-configured",
            "not-offered, 406, no-paper-form",
            "partner-rejected, 502, ministry-rejected-request",
            "malfunction, 500, registry-error"})
    void eachKindIsAnsweredWithItsStatusAsProblemJson(String kind, int status, String type) {
        given().get("/probe/refusals/" + kind)
                .then().statusCode(status).contentType(Problem.MEDIA_TYPE)
                .body("type", equalTo(Problem.TYPE_BASE + type))
                .body("status", equalTo(status))
                .body("instance", equalTo("/probe/refusals/" + kind));
    }

    @Test
    void aRegistryThatDoesNotAnswerSaysWhenToTryAgain() {
        given().get("/probe/refusals/registry-unavailable")
                .then().statusCode(503).header("Retry-After", "30")
                .body("title", equalTo("State registry unavailable"))
                .body("registry", equalTo("persons"));
        given().get("/probe/refusals/signing-key-missing")
                .then().statusCode(503).header("Retry-After", nullValue());
    }

    @Test
    void theFieldsARefusalIsAboutAreItsViolations() {
        given().get("/probe/refusals/invalid-input")
                .then().statusCode(400)
                .body("violations.field", contains("child.iin", "periodTo"))
                .body("violations[1].message", equalTo("must not be before periodFrom"));
        given().get("/probe/refusals/rule-broken")
                .then().statusCode(422)
                .body("violations.field", contains("homeSchoolingConclusion.periodTo"));
    }

    @Test
    void aStaleVersionNamesTheCurrentVersionAndState() {
        given().get("/probe/refusals/stale-version")
                .then().statusCode(412)
                .body("currentVersion", equalTo(4))
                .body("currentState", equalTo("APPROVED"))
                .body("detail", equalTo("If-Match names version 3 but the payout batch is at version 4 (APPROVED); read it again"));
    }

    @Test
    void aRefusalIsAnsweredInTheCallersLanguage() {
        given().header("Accept-Language", "kk").get("/probe/refusals/not-permitted")
                .then().statusCode(403).header("Content-Language", "kk")
                .body("title", equalTo("Орындаушы өз жазбасын өзі растай алмайды"))
                .body("currentState", equalTo("ASSEMBLED"));
    }
}

package kz.gov.rehab.commons.problem;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

/** Bad input gets a clear 4xx application/problem+json (RFC 9457), never a 500 or a stack trace. */
@QuarkusTest
class ProblemDetailsTest {

    private static final String VALID = """
            {"iin":"791028302728","surname":"Абенов","birthDate":"1979-10-28","kind":"CERTIFICATE"}""";

    @Test
    void validBodyPasses() {
        given().contentType(ContentType.JSON).body(VALID).post("/probe/applicants")
                .then().statusCode(200).body("iin", equalTo("7910******28"));
    }

    @Test
    void malformedJsonIs400Problem() {
        given().contentType(ContentType.JSON).body("{\"iin\": ").post("/probe/applicants")
                .then().statusCode(400).contentType(Problem.MEDIA_TYPE)
                .body("type", equalTo(Problem.TYPE_BASE + "invalid-request"))
                .body("status", equalTo(400))
                .body("instance", equalTo("/probe/applicants"));
    }

    @Test
    void unknownEnumValueNamesTheAllowedValues() {
        given().contentType(ContentType.JSON).body(VALID.replace("CERTIFICATE", "LICENCE")).post("/probe/applicants")
                .then().statusCode(400).contentType(Problem.MEDIA_TYPE)
                .body("violations[0].field", equalTo("kind"))
                .body("violations[0].message", containsString("CERTIFICATE, DUPLICATE"));
    }

    @Test
    void iinWithWrongCheckDigitIsAFieldError_domain4() {
        given().contentType(ContentType.JSON).body(VALID.replace("791028302728", "791028302729")).post("/probe/applicants")
                .then().statusCode(400).contentType(Problem.MEDIA_TYPE)
                .body("violations[0].field", equalTo("iin"))
                .body("violations[0].message", containsString("check digit"));
    }

    @Test
    void wrongTypeIsAFieldError() {
        given().contentType(ContentType.JSON).body(VALID.replace("\"1979-10-28\"", "[1,2]")).post("/probe/applicants")
                .then().statusCode(400).contentType(Problem.MEDIA_TYPE)
                .body("violations[0].field", equalTo("birthDate"));
    }

    @Test
    void constraintViolationsListEveryField() {
        given().contentType(ContentType.JSON)
                .body("{\"iin\":\"791028302728\",\"surname\":\"\",\"birthDate\":\"2999-01-01\",\"kind\":\"CERTIFICATE\"}")
                .post("/probe/applicants")
                .then().statusCode(400).contentType(Problem.MEDIA_TYPE)
                .body("violations.field", hasItem("surname"))
                .body("violations.field", hasItem("birthDate"));
    }

    @Test
    void missingBodyIs400() {
        given().contentType(ContentType.JSON).post("/probe/applicants")
                .then().statusCode(400).contentType(Problem.MEDIA_TYPE);
    }

    @Test
    void transitionNotAllowedNamesTheCurrentState() {
        given().get("/probe/state-conflict")
                .then().statusCode(409).contentType(Problem.MEDIA_TYPE)
                .body("type", equalTo(Problem.TYPE_BASE + "transition-not-allowed"))
                .body("currentState", equalTo("REFUSED_AT_INTAKE"));
    }

    @Test
    void unexpectedErrorShowsNoInternals() {
        given().get("/probe/boom")
                .then().statusCode(500).contentType(Problem.MEDIA_TYPE)
                .body(not(containsString("internal detail")))
                .body(not(containsString("IllegalStateException")))
                .body("detail", notNullValue());
    }

    @Test
    void unknownPathIs404Problem() {
        given().get("/probe/nothing-here")
                .then().statusCode(404).contentType(Problem.MEDIA_TYPE).body("status", equalTo(404));
    }

    @Test
    void wrongMediaTypeIs415Problem() {
        given().contentType(ContentType.XML).body("<a/>").post("/probe/applicants")
                .then().statusCode(415).contentType(Problem.MEDIA_TYPE);
    }

    @Test
    void hugeBodyIs413ProblemAndIsNotRead() {
        String huge = "{\"surname\":\"" + "x".repeat(100_000) + "\"}";
        given().contentType(ContentType.JSON).body(huge).post("/probe/applicants")
                .then().statusCode(413).contentType(Problem.MEDIA_TYPE)
                .body("type", equalTo(Problem.TYPE_BASE + "body-too-large"));
    }

    /** Found by the hostile-request drill: a NUL byte in a path reached PostgreSQL and gave a 500. */
    @Test
    void valueTheDatabaseCannotHoldIs400() {
        given().urlEncodingEnabled(false).get("/probe/things/%00")
                .then().statusCode(400).contentType(Problem.MEDIA_TYPE)
                .body("type", equalTo(Problem.TYPE_BASE + "invalid-request"));
    }
}

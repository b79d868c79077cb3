package kz.gov.rehab.commons.problem;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.endsWith;
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
    void noFreeDatabaseConnectionIsA503ToRetry_notA500() {
        given().get("/probe/no-connection")
                .then().statusCode(503).contentType(Problem.MEDIA_TYPE)
                .header("Retry-After", "1")
                .body("type", endsWith("/database-busy"))
                .body(not(containsString("acquisition")));
    }

    @Test
    void databaseOutOfConnectionSlotsOrStartingIsA503ToRetry_notA500() {
        for (String sqlState : new String[] {"53300", "57P03"}) {
            given().get("/probe/database-refused/" + sqlState)
                    .then().statusCode(503).contentType(Problem.MEDIA_TYPE)
                    .header("Retry-After", "1")
                    .body("type", endsWith("/database-busy"))
                    .body(not(containsString("database detail")));
        }
    }

    @Test
    void anotherDatabaseErrorIsStillA500() {
        given().get("/probe/database-refused/42P01")
                .then().statusCode(500).contentType(Problem.MEDIA_TYPE)
                .body("type", endsWith("/internal-error"))
                .body(not(containsString("database detail")));
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

    // --- issue #15: every malformed parameter is a 400 that names it ---------------------------------

    @Test
    void aDateThatDoesNotExistNamesTheQueryParameter() {
        invalidParameter(given().queryParam("from", "2026-02-30").get("/probe/search"), "from", "2026-02-30");
    }

    @Test
    void aNumberThatIsNotOneNamesTheQueryParameter() {
        invalidParameter(given().queryParam("limit", "abc").get("/probe/search"), "limit", "abc");
    }

    @Test
    void anUnknownEnumValueNamesTheQueryParameterAndTheAllowedValues() {
        invalidParameter(given().queryParam("kind", "FOO").get("/probe/search"), "kind", "CERTIFICATE, DUPLICATE");
    }

    @Test
    void aBooleanIsTrueOrFalseNeverSilentlyIgnored() {
        invalidParameter(given().queryParam("overdue", "maybe").get("/probe/search"), "overdue", "true or false");
        given().queryParam("overdue", "true").get("/probe/search").then().statusCode(200).body("overdue", equalTo("true"));
        given().queryParam("overdue", "FALSE").get("/probe/search").then().statusCode(200).body("overdue", equalTo("false"));
    }

    @Test
    void aMonthThatDoesNotExistNamesTheQueryParameter() {
        invalidParameter(given().queryParam("month", "2026-13").get("/probe/search"), "month", "2026-13");
    }

    @Test
    void aMalformedHeaderNamesTheHeader() {
        invalidParameter(given().header("X-Page", "two").get("/probe/search"), "X-Page", "two");
    }

    @Test
    void aMalformedPathSegmentNamesThePathParameter() {
        invalidParameter(given().get("/probe/by-id/not-a-uuid"), "id", "not-a-uuid");
        invalidParameter(given().get("/probe/years/abc"), "year", "abc");
        given().get("/probe/years/2027").then().statusCode(200).body("year", equalTo(2027));
    }

    @Test
    void wellFormedParametersPass() {
        given().queryParam("from", "2026-02-28").queryParam("limit", "5").queryParam("kind", "DUPLICATE")
                .queryParam("month", "2026-02").header("X-Page", "2").get("/probe/search")
                .then().statusCode(200)
                .body("from", equalTo("2026-02-28")).body("limit", equalTo("5")).body("kind", equalTo("DUPLICATE"))
                .body("month", equalTo("2026-02")).body("page", equalTo("2"));
    }

    @Test
    void aMissingRequiredQueryParameterIsNamedNotReportedAsTheBody() {
        given().queryParam("from", "2026-02-28").get("/probe/working-days")
                .then().statusCode(400).contentType(Problem.MEDIA_TYPE)
                .body("violations.field", org.hamcrest.Matchers.contains("add"));
        given().queryParam("from", "2026-02-28").queryParam("add", "-1").get("/probe/working-days")
                .then().statusCode(400).body("violations[0].field", equalTo("add"));
    }

    private static void invalidParameter(io.restassured.response.Response answer, String field, String messagePart) {
        answer.then().statusCode(400).contentType(Problem.MEDIA_TYPE)
                .body("type", equalTo(Problem.TYPE_BASE + "invalid-request"))
                .body("violations", org.hamcrest.Matchers.hasSize(1))
                .body("violations[0].field", equalTo(field))
                .body("violations[0].message", containsString(messagePart));
    }

    // --- 401, 405, 414 ------------------------------------------------------------------------------

    @Test
    void aMissingIdentityIs401WithAChallenge() {
        given().get("/probe/unauthenticated")
                .then().statusCode(401).contentType(Problem.MEDIA_TYPE)
                .header("WWW-Authenticate", equalTo("Bearer"))
                .body("type", equalTo(Problem.TYPE_BASE + "unauthenticated"));
    }

    @Test
    void aMethodThePathDoesNotTakeIs405WithAllow() {
        given().delete("/probe/applicants")
                .then().statusCode(405).contentType(Problem.MEDIA_TYPE)
                .header("Allow", equalTo("OPTIONS, POST"))
                .body("type", equalTo(Problem.TYPE_BASE + "method-not-allowed"));
        given().post("/probe/by-id/" + java.util.UUID.randomUUID())
                .then().statusCode(405).header("Allow", equalTo("GET, HEAD, OPTIONS"));
    }

    /**
     * A chunked body is cut off by the HTTP layer itself, which answers 413 before the application
     * sees it (without a problem body: the gateway, which counts chunked bodies itself, answers
     * callers with the problem). It is not logged as an unexpected error.
     */
    @Test
    void aChunkedBodyOverTheLimitIs413() throws Exception {
        java.net.http.HttpResponse<String> answer = java.net.http.HttpClient.newBuilder()
                .version(java.net.http.HttpClient.Version.HTTP_1_1).build()
                .send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(io.restassured.RestAssured.baseURI + ":"
                                + io.restassured.RestAssured.port + "/probe/applicants"))
                        .header("Content-Type", "application/json")
                        .POST(java.net.http.HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(
                                ("{\"surname\":\"" + "x".repeat(200_000) + "\"}").getBytes())))
                        .build(), java.net.http.HttpResponse.BodyHandlers.ofString());
        org.junit.jupiter.api.Assertions.assertEquals(413, answer.statusCode());
    }

    @Test
    void aVeryLongUriIs414Problem() {
        given().get("/probe/things/" + "a".repeat(5000))
                .then().statusCode(414).contentType(Problem.MEDIA_TYPE)
                .body("type", equalTo(Problem.TYPE_BASE + "uri-too-long"));
    }

    // --- the caller's language ----------------------------------------------------------------------

    @Test
    void problemsAreInEnglishByDefault() {
        given().get("/probe/nothing-here")
                .then().statusCode(404).header("Content-Language", "en").body("title", equalTo("Not found"));
        given().header("Accept-Language", "de-DE, fr;q=0.5").get("/probe/nothing-here")
                .then().statusCode(404).header("Content-Language", "en").body("title", equalTo("Not found"));
        given().header("Accept-Language", "this is ; not a range").get("/probe/nothing-here")
                .then().statusCode(404).header("Content-Language", "en");
    }

    @Test
    void problemsAreInKazakhWhenAsked() {
        given().header("Accept-Language", "kk-KZ").queryParam("from", "2026-02-30").get("/probe/search")
                .then().statusCode(400).header("Content-Language", "kk")
                .body("title", equalTo("Сұрау дұрыс емес"))
                .body("detail", equalTo("Сұрауда жарамсыз мәндер бар; толығырақ violations өрісінде көрсетілген."))
                // type and field do not change with the language
                .body("type", equalTo(Problem.TYPE_BASE + "invalid-request"))
                .body("violations[0].field", equalTo("from"));
    }

    @Test
    void problemsAreInRussianWhenAsked() {
        given().header("Accept-Language", "en;q=0.3, ru-RU;q=0.9").get("/probe/state-conflict")
                .then().statusCode(409).header("Content-Language", "ru")
                .body("title", equalTo("Действие недопустимо в текущем состоянии"))
                .body("detail", equalTo("Действие недопустимо в текущем состоянии: REFUSED_AT_INTAKE."))
                .body("currentState", equalTo("REFUSED_AT_INTAKE"));
    }

    @Test
    void aDetailThatCarriesAValueIsFormattedInEachLanguage() {
        String huge = "{\"surname\":\"" + "x".repeat(100_000) + "\"}";
        given().contentType(ContentType.JSON).body(huge).post("/probe/applicants")
                .then().statusCode(413).header("Content-Language", "en")
                .body("detail", equalTo("The request body is larger than 65536 bytes."));
        given().header("Accept-Language", "ru").contentType(ContentType.JSON).body(huge).post("/probe/applicants")
                .then().statusCode(413).header("Content-Language", "ru")
                .body("title", equalTo("Тело запроса слишком велико"))
                .body("detail", equalTo("Размер тела запроса превышает 65536 байт."));
        given().header("Accept-Language", "kk").contentType(ContentType.JSON).body(huge).post("/probe/applicants")
                .then().statusCode(413).body("detail", equalTo("Сұрау денесінің көлемі 65536 байттан асады."));
    }
}

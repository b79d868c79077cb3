package kz.gov.rehab.commons.request;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

/** X-Request-Id: accepted or created, returned, and in the log context while the request runs. */
@QuarkusTest
class RequestIdTest {

    @Test
    void callersRequestIdIsKeptAndReturned() {
        given().header(RequestId.HEADER, "req-42.a").get("/probe/request-id")
                .then().statusCode(200)
                .header(RequestId.HEADER, "req-42.a")
                .body("requestId", equalTo("req-42.a"));
    }

    @Test
    void missingRequestIdIsGenerated() {
        Response answer = given().get("/probe/request-id");
        answer.then().statusCode(200).header(RequestId.HEADER, matchesPattern("[0-9a-f-]{36}"));
        answer.then().body("requestId", equalTo(answer.header(RequestId.HEADER)));
    }

    @Test
    void requestIdThatCouldForgeALogLineIsReplaced() {
        given().header(RequestId.HEADER, "evil id\tINFO forged").get("/probe/request-id")
                .then().header(RequestId.HEADER, matchesPattern("[0-9a-f-]{36}"));
    }

    @Test
    void errorAnswersCarryTheRequestIdToo() {
        given().header(RequestId.HEADER, "req-err-1").get("/probe/state-conflict")
                .then().statusCode(409).header(RequestId.HEADER, "req-err-1");
    }
}

package kz.gov.rehab.e2e;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import org.junit.jupiter.api.Test;

/** The system as a calling government system sees it: one entry point, up and documented. */
class SystemUpIT {

    @Test
    void gatewayIsReady() {
        Gateway.given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
    }

    @Test
    void gatewaySwaggerUiAnswers() {
        Gateway.given().get("/q/swagger-ui/").then().statusCode(200).body(containsString("swagger"));
    }
}

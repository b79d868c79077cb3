package kz.gov.rehab.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** The application is ready only when its registry database answers. */
@QuarkusTest
class ReadinessTest {

    @Test
    void readinessCoversItsInfrastructure() {
        given().when().get("/q/health/ready")
                .then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItems("Database connections health check"));
    }

    @Test
    void openApiDescribesTheApplication() {
        given().accept("application/json").when().get("/q/openapi")
                .then().statusCode(200)
                .body("info.title", equalTo("Rehabilitation services gateway"))
                .body("info.version", equalTo("1.0.0"));
    }
}

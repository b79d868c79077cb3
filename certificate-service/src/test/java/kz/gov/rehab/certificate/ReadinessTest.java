package kz.gov.rehab.certificate;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** The application is ready only when both its database and the Kafka broker answer. */
@QuarkusTest
class ReadinessTest {

    @Test
    void readinessCoversItsInfrastructure() {
        given().when().get("/q/health/ready")
                .then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItems("Database connections health check", "Kafka connection health check"));
    }

    @Test
    void openApiDescribesTheApplication() {
        given().accept("application/json").when().get("/q/openapi")
                .then().statusCode(200)
                .body("info.title", equalTo("Certificate service"))
                .body("info.version", equalTo("1.0.0"));
    }
}

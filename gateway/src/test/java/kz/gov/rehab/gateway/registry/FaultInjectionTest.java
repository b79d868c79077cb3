package kz.gov.rehab.gateway.registry;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Drills: latency, errors and outages per registry, switched at run time by a registry admin only. */
@QuarkusTest
class FaultInjectionTest {

    @AfterEach
    void backToNormal() {
        given().header("X-Api-Key", ApiKeys.REGISTRY_ADMIN).delete("/egov/v1/admin/faults").then().statusCode(204);
    }

    private static void inject(String registry, String fault) {
        given().header("X-Api-Key", ApiKeys.REGISTRY_ADMIN).contentType("application/json").body(fault)
                .put("/egov/v1/admin/faults/" + registry)
                .then().statusCode(200);
    }

    @Test
    void noFaultIsInjectedByDefault() {
        given().header("X-Api-Key", ApiKeys.REGISTRY_ADMIN).get("/egov/v1/admin/faults")
                .then().statusCode(200)
                .body("persons.outage", equalTo(false))
                .body("addresses.latencyMillis", equalTo(0))
                .body("rehabilitation-records.errorRate", equalTo(0.0f));
    }

    @Test
    void outageOfOneRegistryAnswers503WithRetryAfterAndLeavesTheOthersUp() {
        inject("persons", "{\"latencyMillis\":0,\"errorRate\":0.0,\"outage\":true}");

        given().header("X-Api-Key", ApiKeys.CERTIFICATE_SERVICE).header("X-Road-Issue", "DRILL-1")
                .get("/egov/v1/persons/" + Fixtures.MONTHS_24)
                .then().statusCode(503)
                .contentType("application/problem+json")
                .header("Retry-After", "5");
        given().header("X-Api-Key", ApiKeys.CERTIFICATE_SERVICE).header("X-Road-Issue", "DRILL-1")
                .get("/egov/v1/addresses/" + Fixtures.MONTHS_24)
                .then().statusCode(200);
    }

    @Test
    void errorRateOfOneFailsEveryRequest() {
        inject("addresses", "{\"latencyMillis\":0,\"errorRate\":1.0,\"outage\":false}");

        given().header("X-Api-Key", ApiKeys.CERTIFICATE_SERVICE).header("X-Road-Issue", "DRILL-2")
                .get("/egov/v1/addresses/" + Fixtures.MONTHS_24)
                .then().statusCode(500)
                .contentType("application/problem+json");
    }

    @Test
    void latencyDelaysTheAnswer() {
        inject("rehabilitation-records", "{\"latencyMillis\":700,\"errorRate\":0.0,\"outage\":false}");

        long took = given().header("X-Api-Key", ApiKeys.COMPENSATION_SERVICE).header("X-Road-Issue", "DRILL-3")
                .get("/egov/v1/rehabilitation-records/" + Fixtures.MONTHS_24)
                .then().statusCode(200)
                .extract().time();
        org.hamcrest.MatcherAssert.assertThat(took, greaterThanOrEqualTo(Duration.ofMillis(700).toMillis()));
    }

    @Test
    void onlyARegistryAdminSwitchesFaults() {
        given().header("X-Api-Key", ApiKeys.CERTIFICATE_SERVICE).contentType("application/json")
                .body("{\"latencyMillis\":0,\"errorRate\":0.0,\"outage\":true}")
                .put("/egov/v1/admin/faults/persons")
                .then().statusCode(403).contentType("application/problem+json");
        given().contentType("application/json")
                .body("{\"latencyMillis\":0,\"errorRate\":0.0,\"outage\":true}")
                .put("/egov/v1/admin/faults/persons")
                .then().statusCode(401);
    }

    @Test
    void invalidFaultIsRefused() {
        given().header("X-Api-Key", ApiKeys.REGISTRY_ADMIN).contentType("application/json")
                .body("{\"latencyMillis\":0,\"errorRate\":2.0,\"outage\":false}")
                .put("/egov/v1/admin/faults/persons")
                .then().statusCode(400);
        given().header("X-Api-Key", ApiKeys.REGISTRY_ADMIN).contentType("application/json")
                .body("{\"latencyMillis\":0,\"errorRate\":0.0,\"outage\":true}")
                .put("/egov/v1/admin/faults/pensions")
                .then().statusCode(404).contentType("application/problem+json");
    }
}

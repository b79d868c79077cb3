package kz.gov.rehab.gateway.registry;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import kz.gov.rehab.gateway.registry.access.RegistryAccess;
import org.eclipse.microprofile.health.Readiness;
import org.junit.jupiter.api.Test;

/**
 * The gateway is ready once its registries' reads have been made, and that preparation asked about
 * no one: the registry access log has no row for it.
 */
@QuarkusTest
class RegistryReadsPreparedTest {

    @Inject
    @Readiness
    RegistryReadsPrepared readsPrepared;

    @Test
    void theGatewayIsReadyOnceTheRegistryReadsArePrepared() {
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).untilAsserted(() ->
                given().when().get("/q/health/ready").then().statusCode(200)
                        .body("checks", hasItem(Map.of("name", "registry-reads", "status", "UP"))));
    }

    @Test
    void preparingTheReadsWritesNoAccessLogRow() {
        long rows = RegistryAccess.count();
        readsPrepared.prepare();
        assertThat(RegistryAccess.count()).as("rows in the registry access log").isEqualTo(rows);
    }
}

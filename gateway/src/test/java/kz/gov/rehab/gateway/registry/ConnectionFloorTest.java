package kz.gov.rehab.gateway.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * The registries' first burst does not wait for connections: the pool opens its floor at start and
 * keeps it through quiet hours, because the pool opens new connections one at a time (a burst on
 * an empty pool once timed the services' first 96 registry reads out; docs/benchmarks.md).
 */
@QuarkusTest
class ConnectionFloorTest {

    @Inject
    AgroalDataSource dataSource;

    @ConfigProperty(name = "quarkus.datasource.jdbc.min-size")
    int floor;

    @Test
    void theFloorOfConnectionsIsOpenWithoutAnyRequest() {
        assertThat(floor).as("connections kept open").isGreaterThanOrEqualTo(16);
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                .untilAsserted(() -> assertThat(openConnections()).isGreaterThanOrEqualTo(floor));
    }

    private int openConnections() throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("""
                        SELECT count(*) FROM pg_stat_activity
                        WHERE datname = current_database() AND backend_type = 'client backend'""")) {
            rows.next();
            return rows.getInt(1);
        }
    }
}

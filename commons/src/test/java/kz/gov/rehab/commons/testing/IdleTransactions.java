package kz.gov.rehab.commons.testing;

import static org.awaitility.Awaitility.await;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Future;
import javax.sql.DataSource;

/**
 * Watches PostgreSQL while a request runs: how many transactions of the service's database sat idle
 * (waiting for the service, not for the database) for half a second or more. A service that calls
 * another system inside its transaction shows one for as long as the other system takes.
 */
public final class IdleTransactions {

    private IdleTransactions() {
    }

    /** One sample every 50 ms until {@code running} is done (at most 20 s). */
    public static List<Integer> sampledWhile(DataSource dataSource, Future<?> running) {
        List<Integer> samples = new ArrayList<>();
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(50)).until(() -> {
            samples.add(idleForHalfASecond(dataSource));
            return running.isDone();
        });
        return samples;
    }

    private static int idleForHalfASecond(DataSource dataSource) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("""
                        SELECT count(*) FROM pg_stat_activity
                        WHERE datname = current_database() AND pid <> pg_backend_pid()
                          AND state = 'idle in transaction' AND now() - xact_start > interval '500 milliseconds'""")) {
            rows.next();
            return rows.getInt(1);
        }
    }
}

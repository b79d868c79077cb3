package kz.gov.rehab.commons.events.outbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * The relay's claim reads the pending rows once, not once per application it takes, in the
 * conditions of a busy day: statistics gathered while nothing was pending (published rows stay for
 * the retention period, pending ones are a sliver), rows published since the last vacuum whose index
 * entries are still there, and a backlog recorded since. Measured in index entries read, which
 * depend on the plan and the rows, not on the machine's speed. Everything happens in one
 * transaction that is rolled back, the statistics with it.
 */
@QuarkusTest
class OutboxClaimCostTest {

    /** Published rows the statistics see. */
    private static final int PUBLISHED = 20_000;
    /** Rows published since, whose entries in the indexes of pending rows wait for the vacuum. */
    private static final int PUBLISHED_SINCE_THE_VACUUM = 20_000;
    private static final int BACKLOG_APPLICATIONS = 2_000;
    private static final int EVENTS_PER_APPLICATION = 2;
    private static final int BATCH = 100;

    /**
     * A claim reads each entry of the pending rows' index once, and a few more for each application
     * it looks up: fewer than this many per entry. Reading that index from its start for each
     * candidate, as the claim did while the pending rows had an index on {@code seq} alone too, read
     * some 170 per entry here (3 without it).
     */
    private static final int MOST_READS_PER_ENTRY = 5;

    @Inject
    DataSource dataSource;

    @Test
    void aBacklogTheStatisticsHaveNotSeenIsClaimedInOnePass() throws Exception {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                try (Statement s = c.createStatement()) {
                    // what other tests left pending is out of the way, for this transaction only
                    s.execute("UPDATE outbox_event SET published_at = now() WHERE published_at IS NULL");
                    s.execute(insertEvents(PUBLISHED, 1, "now()"));
                    s.execute("ANALYZE outbox_event");
                    s.execute(insertEvents(PUBLISHED_SINCE_THE_VACUUM, 1, "NULL"));
                    s.execute("UPDATE outbox_event SET published_at = now() WHERE published_at IS NULL");
                    s.execute(insertEvents(BACKLOG_APPLICATIONS, EVENTS_PER_APPLICATION, "NULL"));
                }
                long readBefore = indexEntriesRead(c);
                int leased = 0;
                try (PreparedStatement claim = c.prepareStatement(OutboxStore.CLAIM)) {
                    claim.setInt(1, BATCH);
                    claim.setDouble(2, 60);
                    try (ResultSet rs = claim.executeQuery()) {
                        while (rs.next()) {
                            leased++;
                        }
                    }
                }
                long read = indexEntriesRead(c) - readBefore;

                assertEquals(BATCH * EVENTS_PER_APPLICATION, leased, "the claim leases all pending events of " + BATCH + " applications");
                long entries = PUBLISHED_SINCE_THE_VACUUM + (long) BACKLOG_APPLICATIONS * EVENTS_PER_APPLICATION;
                assertTrue(read < MOST_READS_PER_ENTRY * entries,
                        "a claim of " + BATCH + " applications read " + read + " index entries; the pending rows' index holds " + entries);
            } finally {
                c.rollback();
            }
        }
    }

    /** Index entries of the outbox read by this transaction so far. */
    private static long indexEntriesRead(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("""
                SELECT sum(pg_stat_get_xact_tuples_returned(indexrelid)) FROM pg_index
                 WHERE indrelid = 'outbox_event'::regclass""")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** {@code applications} applications with {@code events} events each, recorded in order. */
    private static String insertEvents(int applications, int events, String publishedAt) {
        return """
                INSERT INTO outbox_event (id, application_id, application_number, type, source, topic, occurred_at, data, published_at)
                SELECT gen_random_uuid(), a.id, 'C-2026-CLAIM', 'kz.gov.rehab-test.application.submitted', '/test',
                       'rehab.commons-test.status', now(), '{}'::jsonb, %s
                  FROM (SELECT gen_random_uuid() AS id, n FROM generate_series(1, %d) n) a, generate_series(1, %d) e
                 ORDER BY a.n, e
                """.formatted(publishedAt, applications, events);
    }
}

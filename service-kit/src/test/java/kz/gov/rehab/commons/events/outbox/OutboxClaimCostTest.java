package kz.gov.rehab.commons.events.outbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * The relay's claim does not read the whole backlog once per application it takes, even when the
 * statistics were gathered while nothing was pending (the usual case: published rows stay for the
 * retention period, pending ones are a sliver). Measured in the rows its plan examines, which depend
 * on the plan and the data, not on the machine's speed. Everything happens in one transaction that
 * is rolled back, the statistics with it.
 */
@QuarkusTest
class OutboxClaimCostTest {

    /** Published rows the statistics see, and the backlog recorded after they were gathered. */
    private static final int PUBLISHED = 20_000;
    private static final int BACKLOG_APPLICATIONS = 2_000;
    private static final int EVENTS_PER_APPLICATION = 2;
    private static final int BATCH = 100;

    /**
     * What a claim may examine: each candidate's check reads at worst the candidates before it (a
     * batch's square, whatever the backlog), and the lease at worst each pending row once. The claim
     * planned as a join read the whole backlog once per candidate and once per application taken:
     * some 1.6 million rows here, 400 passes over the backlog.
     */
    private static long mostExamined(int backlog) {
        return backlog + 3L * BATCH * BATCH;
    }

    @Inject
    DataSource dataSource;

    @Test
    void aBacklogTheStatisticsHaveNotSeenIsClaimedWithoutReadingItOncePerApplication() throws Exception {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                // what other tests left pending is out of the way, for this transaction only
                s.execute("UPDATE outbox_event SET published_at = now() WHERE published_at IS NULL");
                s.execute(insertEvents(PUBLISHED, 1, "now()"));
                s.execute("ANALYZE outbox_event");
                s.execute(insertEvents(BACKLOG_APPLICATIONS, EVENTS_PER_APPLICATION, "NULL"));
            }
            JsonNode plan;
            try (PreparedStatement explain = c.prepareStatement("EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON) " + OutboxStore.CLAIM)) {
                explain.setInt(1, BATCH);
                explain.setDouble(2, 60);
                try (ResultSet rs = explain.executeQuery()) {
                    rs.next();
                    plan = new ObjectMapper().readTree(rs.getString(1)).get(0).get("Plan");
                }
            } finally {
                c.rollback();
            }
            assertEquals(BATCH * EVENTS_PER_APPLICATION, plan.get("Actual Rows").asInt(),
                    "the claim leases all pending events of " + BATCH + " applications");
            int backlog = BACKLOG_APPLICATIONS * EVENTS_PER_APPLICATION;
            long examined = examined(plan);
            assertTrue(examined < mostExamined(backlog),
                    "a claim of " + BATCH + " applications from a backlog of " + backlog + " events examined " + examined + " rows");
        }
    }

    /** The rows a plan node and those under it produced or filtered out, over all their executions. */
    private static long examined(JsonNode node) {
        long perLoop = node.path("Actual Rows").asLong() + node.path("Rows Removed by Filter").asLong()
                + node.path("Rows Removed by Join Filter").asLong() + node.path("Rows Removed by Index Recheck").asLong();
        long rows = perLoop * node.path("Actual Loops").asLong(1);
        for (JsonNode child : node.path("Plans")) {
            rows += examined(child);
        }
        return rows;
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

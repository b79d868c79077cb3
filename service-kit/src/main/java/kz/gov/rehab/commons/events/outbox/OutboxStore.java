package kz.gov.rehab.commons.events.outbox;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * SQL on {@code outbox_event} (migration V1_0_10). Every method runs on the caller's
 * transaction: the datasource hands out the connection enlisted in it.
 */
@ApplicationScoped
public class OutboxStore {

    /**
     * The next pending event of each application that no other relay instance is publishing:
     * a row is taken only when no earlier row of the same application is still pending (locked
     * by another instance, or waiting for its back-off), so one application's events leave in
     * order however many instances run.
     */
    private static final String CLAIM_HEADS = """
            SELECT e.id, e.application_id, e.application_number, e.type, e.source, e.topic,
                   e.occurred_at, e.request_id, e.data::text, e.attempts, e.traceparent, e.tracestate
              FROM outbox_event e
             WHERE e.published_at IS NULL
               AND e.next_attempt_at <= now()
               AND NOT EXISTS (SELECT 1 FROM outbox_event earlier
                                WHERE earlier.application_id = e.application_id
                                  AND earlier.published_at IS NULL
                                  AND earlier.seq < e.seq)
             ORDER BY e.seq
             LIMIT ?
               FOR UPDATE OF e SKIP LOCKED
            """;

    private final DataSource dataSource;

    OutboxStore(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public void insert(OutboxRow row) {
        String sql = """
                INSERT INTO outbox_event (id, application_id, application_number, type, source, topic,
                                          occurred_at, request_id, data, traceparent, tracestate)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?)
                """;
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setObject(1, row.id());
            ps.setObject(2, row.applicationId());
            ps.setString(3, row.applicationNumber());
            ps.setString(4, row.type());
            ps.setString(5, row.source());
            ps.setString(6, row.topic());
            ps.setObject(7, OffsetDateTime.ofInstant(row.occurredAt(), ZoneOffset.UTC));
            ps.setString(8, row.requestId());
            ps.setString(9, row.dataJson());
            ps.setString(10, row.traceparent());
            ps.setString(11, row.tracestate());
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("could not write the status event to the outbox", e);
        }
    }

    /** A pending row claimed for publishing, with its failed attempts so far. */
    public record Claimed(OutboxRow row, int attempts) {
    }

    /** Locks up to {@code limit} publishable rows (see {@link #CLAIM_HEADS}) until the transaction ends. */
    public List<Claimed> claimHeads(int limit) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(CLAIM_HEADS)) {
            ps.setInt(1, limit);
            List<Claimed> rows = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.add(new Claimed(new OutboxRow(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                            rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6),
                            rs.getObject(7, OffsetDateTime.class).toInstant(), rs.getString(8), rs.getString(9),
                            rs.getString(11), rs.getString(12)),
                            rs.getInt(10)));
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException("could not claim pending outbox rows", e);
        }
    }

    public void markPublished(List<UUID> ids) {
        if (ids.isEmpty()) {
            return;
        }
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement("UPDATE outbox_event SET published_at = now(), last_error = NULL WHERE id = ANY (?)")) {
            ps.setArray(1, c.createArrayOf("uuid", ids.toArray()));
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("could not mark outbox rows published", e);
        }
    }

    public void markFailed(UUID id, Duration backoff, String error) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement("""
                UPDATE outbox_event
                   SET attempts = attempts + 1,
                       next_attempt_at = now() + ? * interval '1 millisecond',
                       last_error = ?
                 WHERE id = ?
                """)) {
            ps.setLong(1, backoff.toMillis());
            ps.setString(2, error == null ? null : error.substring(0, Math.min(error.length(), 1000)));
            ps.setObject(3, id);
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("could not record a failed publish attempt", e);
        }
    }

    /** Deletes published rows older than the retention; returns how many. */
    /** Deletes the rows published longer ago than {@code retention}, by the database's time (which stamped them). */
    public int purgePublishedOlderThan(java.time.Duration retention) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
                "DELETE FROM outbox_event WHERE published_at < now() - make_interval(secs => ?)")) {
            ps.setDouble(1, retention.toMillis() / 1000.0);
            return ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("could not purge published outbox rows", e);
        }
    }

    /**
     * Pending rows and the age of the oldest of them. The age is measured by the database, whose
     * time recorded the rows: a technical figure, independent of the service clock.
     */
    public record Backlog(long pending, Optional<java.time.Duration> oldestPendingAge) {
    }

    public Backlog backlog() {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
                "SELECT count(*), (extract(epoch FROM now() - min(recorded_at)) * 1000)::bigint"
                        + " FROM outbox_event WHERE published_at IS NULL");
                ResultSet rs = ps.executeQuery()) {
            rs.next();
            long ageMillis = rs.getLong(2);
            boolean none = rs.wasNull();
            return new Backlog(rs.getLong(1), none ? Optional.empty() : Optional.of(java.time.Duration.ofMillis(Math.max(0, ageMillis))));
        } catch (SQLException e) {
            throw new IllegalStateException("could not read the outbox backlog", e);
        }
    }
}

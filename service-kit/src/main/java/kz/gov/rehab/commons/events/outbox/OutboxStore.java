package kz.gov.rehab.commons.events.outbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
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
 * SQL on {@code outbox_event} (migrations V1_0_10, V1_0_12, V1_0_13). {@link #insert} writes on
 * the business transaction that records the event (the datasource hands out the connection
 * enlisted in it); the relay's statements each commit on their own, outside any transaction, so
 * that no row stays locked while the broker acknowledges.
 */
@ApplicationScoped
public class OutboxStore {

    /**
     * The pending events of up to {@code limit} applications whose next event is publishable, all
     * of them, in order: an application is taken when its earliest pending event is due, not
     * leased (by another instance, or by this one in a round that died) and not locked by a
     * concurrent claim. The lease is written and committed by this one statement; later events of
     * these applications, recorded while the lease runs, wait for the next round (an earlier event
     * of theirs is still pending), so one application's events leave in order however many
     * instances run.
     *
     * <p>Its cost must not depend on the statistics. Pending rows are a sliver of a table that keeps
     * published rows for the retention period, so an analysis taken while little is pending tells the
     * planner that about one row is, and it stays so while a backlog builds (a burst of submissions,
     * the broker back after an outage). The pending rows therefore have a single index,
     * {@code (application_id, seq)}: a claim reads each pending row once, looks each candidate's
     * application up by its key, and leases the applications named in one array. With an index on
     * {@code seq} alone as well, the planner read it from its start once per candidate, over the
     * entries that published rows leave until the next vacuum: claims of seconds under load
     * (docs/benchmarks.md, "The relay's claim").
     */
    static final String CLAIM = """
            WITH heads AS (
                SELECT e.application_id
                  FROM outbox_event e
                 WHERE e.published_at IS NULL
                   AND e.next_attempt_at <= now()
                   AND (e.lease_until IS NULL OR e.lease_until <= now())
                   AND e.seq = (SELECT min(earliest.seq) FROM outbox_event earliest
                                 WHERE earliest.application_id = e.application_id
                                   AND earliest.published_at IS NULL)
                 ORDER BY e.seq
                 LIMIT ?
                   FOR UPDATE OF e SKIP LOCKED
            ), leased AS (
                UPDATE outbox_event o
                   SET lease_until = now() + make_interval(secs => ?)
                 WHERE o.application_id = ANY (ARRAY(SELECT application_id FROM heads))
                   AND o.published_at IS NULL
                RETURNING o.id, o.application_id, o.application_number, o.type, o.source, o.topic,
                          o.occurred_at, o.request_id, o.data::text, o.attempts, o.traceparent, o.tracestate, o.seq
            )
            SELECT * FROM leased ORDER BY seq
            """;

    private static final String INSERT = """
            INSERT INTO outbox_event (id, application_id, application_number, type, source, topic,
                                      occurred_at, request_id, data, traceparent, tracestate)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?)
            """;
    /** The transaction's resource that holds its rows not yet inserted. */
    private static final String PENDING = OutboxStore.class.getName() + ".pending";

    private final DataSource dataSource;
    private final TransactionSynchronizationRegistry transactions;

    OutboxStore(DataSource dataSource, TransactionSynchronizationRegistry transactions) {
        this.dataSource = dataSource;
        this.transactions = transactions;
    }

    /**
     * Writes {@code row} in the caller's transaction. The rows of one transaction (an intake's three
     * stages) are kept until it is about to commit and then inserted as one JDBC batch, in the order
     * they were recorded: they commit or roll back with the state change as before, and a failed
     * insert rolls the transaction back. Outside a transaction the row is inserted at once.
     */
    public void insert(OutboxRow row) {
        if (transactions.getTransactionStatus() != Status.STATUS_ACTIVE) {
            insertNow(List.of(row));
            return;
        }
        @SuppressWarnings("unchecked")
        List<OutboxRow> pending = (List<OutboxRow>) transactions.getResource(PENDING);
        if (pending == null) {
            List<OutboxRow> rows = new ArrayList<>();
            transactions.putResource(PENDING, rows);
            transactions.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                    insertNow(rows);
                }

                @Override
                public void afterCompletion(int status) {
                }
            });
            pending = rows;
        }
        pending.add(row);
    }

    private void insertNow(List<OutboxRow> rows) {
        if (rows.isEmpty()) {
            return;
        }
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(INSERT)) {
            for (OutboxRow row : rows) {
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
                ps.addBatch();
            }
            ps.executeBatch();
        } catch (SQLException e) {
            throw new IllegalStateException("could not write the status events to the outbox", e);
        }
    }

    /** A pending row claimed for publishing, with its failed attempts so far. */
    public record Claimed(OutboxRow row, int attempts) {
    }

    /**
     * Leases the pending events of up to {@code limit} applications (see {@link #CLAIM}) for
     * {@code lease}, in the order they are to be published.
     */
    public List<Claimed> claim(int limit, Duration lease) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(CLAIM)) {
            ps.setInt(1, limit);
            ps.setDouble(2, lease.toMillis() / 1000.0);
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

    /** Gives leased rows that were not sent back at once, for the next round of any instance. */
    public void release(List<UUID> ids) {
        updateRows("UPDATE outbox_event SET lease_until = NULL WHERE id = ANY (?) AND published_at IS NULL", ids,
                "release leased outbox rows");
    }

    public void markPublished(List<UUID> ids) {
        updateRows("UPDATE outbox_event SET published_at = now(), last_error = NULL, lease_until = NULL WHERE id = ANY (?)", ids,
                "mark outbox rows published");
    }

    /** Runs {@code sql} (one {@code uuid[]} parameter) on {@code ids}, in one statement; nothing when there are none. */
    private void updateRows(String sql, List<UUID> ids, String what) {
        if (ids.isEmpty()) {
            return;
        }
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setArray(1, c.createArrayOf("uuid", ids.toArray()));
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("could not " + what, e);
        }
    }

    public void markFailed(UUID id, Duration backoff, String error) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement("""
                UPDATE outbox_event
                   SET attempts = attempts + 1,
                       next_attempt_at = now() + ? * interval '1 millisecond',
                       last_error = ?,
                       lease_until = NULL
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

package kz.gov.rehab.gateway.registry.access;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javax.sql.DataSource;
import kz.gov.rehab.commons.egov.Registry;
import kz.gov.rehab.commons.person.Iin;
import org.jboss.logging.Logger;

/**
 * Records every registry request in {@code registry_access} before it is answered, so that the
 * record stays even when the request fails, and writes one log line with the IIN masked.
 *
 * <p>As X-Road's security server does not forward what it cannot log, a request waits until its
 * row is committed. The rows of requests that arrive together are committed together (group
 * commit): one writer takes every row waiting, inserts them as one JDBC batch and commits once, then
 * lets each of their requests go on. A failed commit fails every request whose row it held.
 */
@ApplicationScoped
public class RegistryAccessLog {

    private static final Logger LOG = Logger.getLogger("kz.gov.rehab.gateway.registry.access");

    /** A plain statement: the row is written on every registry request, and read only by auditors. */
    private static final String INSERT = """
            INSERT INTO registry_access (at, calling_system, registry, case_id, iin, outcome, http_status, request_id)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)""";
    /** At most this many rows per commit. */
    private static final int MAX_GROUP = 500;
    /** How long a request waits for its row to be committed before it fails. */
    private static final long COMMIT_WAIT_SECONDS = 10;

    private record Entry(OffsetDateTime at, String callingSystem, Registry registry, String caseId, String iin,
            AccessOutcome outcome, int httpStatus, String requestId, CompletableFuture<Void> committed) {
    }

    private final Clock clock;
    private final DataSource dataSource;
    private final BlockingQueue<Entry> waiting = new LinkedBlockingQueue<>();
    private volatile boolean running;
    private Thread writer;

    public RegistryAccessLog(Clock clock, DataSource dataSource) {
        this.clock = clock;
        this.dataSource = dataSource;
    }

    void start(@Observes StartupEvent startup) {
        running = true;
        writer = new Thread(this::write, "registry-access-writer");
        writer.setDaemon(true);
        writer.start();
    }

    void stop(@Observes ShutdownEvent shutdown) throws InterruptedException {
        running = false;
        if (writer != null) {
            writer.interrupt();
            writer.join(TimeUnit.SECONDS.toMillis(COMMIT_WAIT_SECONDS));
        }
    }

    /** Records the request and returns once its row is committed; throws when it cannot be. */
    public void record(String callingSystem, Registry registry, String caseId, String iin, AccessOutcome outcome,
            int httpStatus, String requestId) {
        Entry entry = new Entry(OffsetDateTime.ofInstant(Instant.now(clock), ZoneOffset.UTC), callingSystem, registry,
                caseId, iin != null && Iin.isValid(iin) ? iin : null, outcome, httpStatus, requestId, new CompletableFuture<>());
        if (!running) {
            throw new IllegalStateException("The registry access log is not running: the request cannot be recorded");
        }
        waiting.add(entry);
        try {
            entry.committed().get(COMMIT_WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while the registry request was recorded", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("Cannot record the registry request", e);
        }
        LOG.infof("registry=%s system=%s case=%s iin=%s outcome=%s status=%d", registry.path(), callingSystem,
                caseId, Iin.mask(iin), outcome, httpStatus);
    }

    private void write() {
        List<Entry> group = new ArrayList<>();
        while (running || !waiting.isEmpty()) {
            try {
                Entry first = running ? waiting.take() : waiting.poll();
                if (first == null) {
                    return;
                }
                group.add(first);
                waiting.drainTo(group, MAX_GROUP - 1);
                commit(group);
                group.forEach(entry -> entry.committed().complete(null));
            } catch (InterruptedException e) {
                // stopping: the rows still waiting are written before the thread ends
                running = false;
            } catch (RuntimeException | SQLException e) {
                LOG.errorf(e, "could not record %d registry requests", group.size());
                group.forEach(entry -> entry.committed().completeExceptionally(e));
            }
            group.clear();
        }
    }

    private void commit(List<Entry> group) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
                for (Entry entry : group) {
                    insert.setObject(1, entry.at());
                    insert.setString(2, entry.callingSystem());
                    insert.setString(3, entry.registry().path());
                    insert.setString(4, entry.caseId());
                    insert.setString(5, entry.iin());
                    insert.setString(6, entry.outcome().name());
                    insert.setInt(7, entry.httpStatus());
                    insert.setString(8, entry.requestId());
                    insert.addBatch();
                }
                insert.executeBatch();
                connection.commit();
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        }
    }
}

package kz.gov.rehab.commons.events.deadline;

import kz.gov.rehab.commons.time.ServiceClock;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import kz.gov.rehab.commons.events.EventsConfig;
import kz.gov.rehab.commons.events.MonitoringData;
import kz.gov.rehab.commons.events.StatusEvents;
import org.jboss.logging.Logger;

/**
 * Fires due deadline events. Each run claims due rows with {@code FOR UPDATE SKIP LOCKED}, records
 * the event in the outbox and stamps the row in one transaction: whatever the number of instances
 * and runs, each event fires once. When the deadline has already passed, only
 * {@code deadline.breached} fires ("approaching" after the fact would say nothing).
 */
@ApplicationScoped
public class DeadlineWatchJob {

    public static final String APPROACHING = "deadline.approaching";
    public static final String BREACHED = "deadline.breached";
    /** {@code actorRole} of the deadline events: nobody caused them, the clock did. */
    public static final String SYSTEM_ACTOR = "system";

    private static final Logger LOG = Logger.getLogger(DeadlineWatchJob.class);

    /** Due by the application's clock (the instants were computed with it too), given as the first parameter. */
    private static final String CLAIM_DUE = """
            WITH clock AS (SELECT ?::timestamptz AS now)
            SELECT application_id, application_number, approaching_at, deadline_at, context::text,
                   (breached_fired_at IS NULL AND deadline_at <= clock.now) AS breached
              FROM deadline_watch, clock
             WHERE (breached_fired_at IS NULL AND deadline_at <= clock.now)
                OR (approaching_fired_at IS NULL AND approaching_at <= clock.now AND deadline_at > clock.now)
             ORDER BY least(approaching_at, deadline_at)
             LIMIT ?
               FOR UPDATE OF deadline_watch SKIP LOCKED
            """;

    private final DataSource dataSource;
    private final StatusEvents statusEvents;
    private final ObjectMapper objectMapper;
    private final EventsConfig config;
    private final ServiceClock clock;
    private final Counter approachingRecorded;
    private final Counter breachedRecorded;

    DeadlineWatchJob(DataSource dataSource, StatusEvents statusEvents, ObjectMapper objectMapper, EventsConfig config,
            ServiceClock clock, MeterRegistry meters) {
        this.clock = clock;
        this.approachingRecorded = recordedCounter(meters, APPROACHING);
        this.breachedRecorded = recordedCounter(meters, BREACHED);
        this.dataSource = dataSource;
        this.statusEvents = statusEvents;
        this.objectMapper = objectMapper;
        this.config = config;
    }

    @Scheduled(every = "${rehab.events.deadline-watch.every:30s}", delayed = "5s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        fireDue();
    }

    /**
     * {@code rehab_deadline_watch_events_total{event=deadline.approaching|deadline.breached}}: the
     * deadline events recorded, counted once their transaction has committed (docs/operations.md).
     */
    private static Counter recordedCounter(MeterRegistry meters, String event) {
        return Counter.builder("rehab.deadline.watch.events")
                .description("Deadline events recorded by the deadline watch")
                .tag("event", event)
                .register(meters);
    }

    /** One run: fires what is due now; returns how many events were recorded. */
    public int fireDue() {
        Fired counts = QuarkusTransaction.requiringNew().call(this::fireClaimed);
        approachingRecorded.increment(counts.approaching());
        breachedRecorded.increment(counts.breached());
        int fired = counts.approaching() + counts.breached();
        if (fired > 0) {
            LOG.infof("deadline watch: %d deadline events recorded", fired);
        }
        return fired;
    }

    private record Due(UUID applicationId, String applicationNumber, Instant approachingAt, Instant deadlineAt,
            String context, boolean breached) {
    }

    private record Fired(int approaching, int breached) {
    }

    private Fired fireClaimed() throws SQLException, JsonProcessingException {
        List<Due> due = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(CLAIM_DUE)) {
            ps.setObject(1, OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC));
            ps.setInt(2, config.deadlineWatch().batchSize());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    due.add(new Due(rs.getObject(1, UUID.class), rs.getString(2),
                            rs.getObject(3, OffsetDateTime.class).toInstant(), rs.getObject(4, OffsetDateTime.class).toInstant(),
                            rs.getString(5), rs.getBoolean(6)));
                }
            }
        }
        for (Due d : due) {
            Instant now = clock.instant();
            MonitoringData context = objectMapper.readValue(d.context(), MonitoringData.class);
            Map<String, Object> details = new LinkedHashMap<>(context.details());
            // Moments, written as every moment of an answer or an event is (commons time.Timestamps).
            details.put("approachingAt", d.approachingAt());
            details.put("deadlineAt", d.deadlineAt());
            MonitoringData data = new MonitoringData(d.breached() ? "deadline-breached" : "deadline-approaching",
                    context.provider(), context.channel(), context.deadline(), now, SYSTEM_ACTOR, context.applicantIin(),
                    details);
            statusEvents.record(d.applicationId(), d.applicationNumber(), d.breached() ? BREACHED : APPROACHING, data);
            String stamp = d.breached() ? "breached_fired_at" : "approaching_fired_at";
            try (Connection c = dataSource.getConnection();
                    PreparedStatement ps = c.prepareStatement("UPDATE deadline_watch SET " + stamp + " = ? WHERE application_id = ?")) {
                ps.setObject(1, OffsetDateTime.ofInstant(now, ZoneOffset.UTC));
                ps.setObject(2, d.applicationId());
                ps.executeUpdate();
            }
        }
        int breached = (int) due.stream().filter(Due::breached).count();
        return new Fired(due.size() - breached, breached);
    }
}

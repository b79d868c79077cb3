package kz.gov.rehab.commons.events.deadline;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.UUID;
import javax.sql.DataSource;
import kz.gov.rehab.commons.events.MonitoringData;

/**
 * Watches an application's service deadline (B4): {@code deadline.approaching} when the instant
 * the service gave is reached, {@code deadline.breached} when the deadline passes, each once,
 * unless the application was finished ({@link #stop}) before. {@link DeadlineWatchJob} fires them.
 *
 * <p>The service computes both instants with its own working-day calendar (e.g. the start of
 * the working day before the deadline day, and the end of the deadline day, Asia/Almaty) and
 * calls these methods in the transaction of the state change that starts or ends the clock.
 */
@ApplicationScoped
public class DeadlineWatch {

    private final DataSource dataSource;
    private final ObjectMapper objectMapper;

    DeadlineWatch(DataSource dataSource, ObjectMapper objectMapper) {
        this.dataSource = dataSource;
        this.objectMapper = objectMapper;
    }

    /**
     * Starts watching the application's deadline. Calling it again for the same application
     * replaces the instants and the context; an event already fired fires again only if its
     * instant changed (e.g. a deadline moved).
     *
     * @param approachingAt when {@code deadline.approaching} is due (one working day before the deadline)
     * @param deadlineAt    the deadline: {@code deadline.breached} is due when it passes unfinished
     * @param context       monitoring data the two events carry (provider, channel, deadline date …);
     *                      their stage is {@code deadline-approaching} / {@code deadline-breached}
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void start(UUID applicationId, String applicationNumber, Instant approachingAt, Instant deadlineAt,
            MonitoringData context) {
        Objects.requireNonNull(applicationId, "applicationId");
        Objects.requireNonNull(approachingAt, "approachingAt");
        Objects.requireNonNull(deadlineAt, "deadlineAt");
        Objects.requireNonNull(context, "context");
        if (applicationNumber == null || applicationNumber.isBlank()) {
            throw new IllegalArgumentException("a deadline watch needs the application number");
        }
        if (approachingAt.isAfter(deadlineAt)) {
            throw new IllegalArgumentException("'deadline approaching' cannot be due after the deadline");
        }
        String sql = """
                INSERT INTO deadline_watch (application_id, application_number, approaching_at, deadline_at, context)
                VALUES (?, ?, ?, ?, ?::jsonb)
                ON CONFLICT (application_id) DO UPDATE SET
                    application_number = EXCLUDED.application_number,
                    context = EXCLUDED.context,
                    approaching_fired_at = CASE WHEN deadline_watch.approaching_at = EXCLUDED.approaching_at
                                                THEN deadline_watch.approaching_fired_at END,
                    breached_fired_at = CASE WHEN deadline_watch.deadline_at = EXCLUDED.deadline_at
                                             THEN deadline_watch.breached_fired_at END,
                    approaching_at = EXCLUDED.approaching_at,
                    deadline_at = EXCLUDED.deadline_at
                """;
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setObject(1, applicationId);
            ps.setString(2, applicationNumber);
            ps.setObject(3, OffsetDateTime.ofInstant(approachingAt, ZoneOffset.UTC));
            ps.setObject(4, OffsetDateTime.ofInstant(deadlineAt, ZoneOffset.UTC));
            ps.setString(5, objectMapper.writeValueAsString(context));
            ps.executeUpdate();
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("deadline context cannot be written as JSON: " + e.getOriginalMessage(), e);
        } catch (SQLException e) {
            throw new IllegalStateException("could not start watching the deadline", e);
        }
    }

    /** Stops watching: the application is finished (result issued, refused, withdrawn …). No-op when not watched. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void stop(UUID applicationId) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement("DELETE FROM deadline_watch WHERE application_id = ?")) {
            ps.setObject(1, applicationId);
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("could not stop watching the deadline", e);
        }
    }
}

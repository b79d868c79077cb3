package kz.gov.rehab.commons.events;

import kz.gov.rehab.commons.time.ServiceClock;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import kz.gov.rehab.commons.events.outbox.OutboxRecorded;
import kz.gov.rehab.commons.events.outbox.OutboxRow;
import kz.gov.rehab.commons.events.outbox.OutboxStore;
import kz.gov.rehab.commons.request.LogContext;
import kz.gov.rehab.commons.request.RequestId;
import kz.gov.rehab.commons.tracing.TraceContext;

/**
 * Records a status event of an application in the transactional outbox (C9, para 16).
 *
 * <p>Call it inside the transaction that makes the state change: the event row commits or rolls
 * back with it, and the relay publishes it to Kafka afterwards. Calling it without an active
 * transaction is a programming error ({@code TransactionalException}).
 *
 * <pre>{@code
 * statusEvents.record(application.id, application.number, "application.accepted",
 *         MonitoringData.stage("accepted")
 *                 .provider(Provider.akimat("751110000", "Akimat of Almaty"))
 *                 .channel(Channel.STATE_CORPORATION)
 *                 .deadline(application.resultDueOn)
 *                 .actorRole("state-corporation")
 *                 .applicant(application.applicantIin)
 *                 .build());
 * }</pre>
 */
@ApplicationScoped
public class StatusEvents {

    /** Event types: lower-case dot-separated words, e.g. {@code application.accepted}. */
    public static final Pattern EVENT_TYPE = Pattern.compile("[a-z][a-z0-9-]*(\\.[a-z][a-z0-9-]*)*");

    private final OutboxStore outbox;
    private final EventsConfig config;
    private final ObjectMapper objectMapper;
    private final Event<OutboxRecorded> recorded;

    private final ServiceClock clock;

    StatusEvents(OutboxStore outbox, EventsConfig config, ObjectMapper objectMapper, Event<OutboxRecorded> recorded,
            ServiceClock clock) {
        this.clock = clock;
        this.outbox = outbox;
        this.config = config;
        this.objectMapper = objectMapper;
        this.recorded = recorded;
    }

    /**
     * Writes one status event into the outbox, in the caller's transaction.
     *
     * @param applicationId     the application's id: the Kafka key, so its events stay in order
     * @param applicationNumber the application's number: the CloudEvent {@code subject}
     * @param eventType         the type without the service prefix, e.g. {@code application.accepted}
     * @param data              what the monitoring system learns about this stage
     * @return the event's id (the CloudEvent {@code id})
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public UUID record(UUID applicationId, String applicationNumber, String eventType, MonitoringData data) {
        Objects.requireNonNull(applicationId, "applicationId");
        Objects.requireNonNull(data, "data");
        if (applicationNumber == null || applicationNumber.isBlank()) {
            throw new IllegalArgumentException("a status event needs the application number");
        }
        checkType(eventType);
        MonitoringData dated = data.occurredAtOr(clock.instant());
        return insert(applicationId, applicationNumber, eventType, dated,
                StatusEventData.of(applicationId, applicationNumber, config, dated));
    }

    /**
     * Writes one status event about a subject that is not an application (e.g. a report) into the
     * outbox, in the caller's transaction. The subject's id is the Kafka key, its reference the
     * CloudEvent {@code subject}; the {@code data} is a {@link SubjectEventData}. The monitoring data
     * names no applicant.
     *
     * @return the event's id (the CloudEvent {@code id})
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public UUID record(EventSubject subject, String eventType, MonitoringData data) {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(data, "data");
        checkType(eventType);
        MonitoringData dated = data.occurredAtOr(clock.instant());
        return insert(subject.id(), subject.reference(), eventType, dated, SubjectEventData.of(subject, config, dated));
    }

    private static void checkType(String eventType) {
        if (eventType == null || !EVENT_TYPE.matcher(eventType).matches()) {
            throw new IllegalArgumentException("event type must be lower-case dot-separated words, e.g. application.accepted: " + eventType);
        }
    }

    private UUID insert(UUID key, String subject, String eventType, MonitoringData data, Object eventData) {
        String json;
        try {
            json = objectMapper.writeValueAsString(eventData);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("status event data cannot be written as JSON: " + e.getOriginalMessage(), e);
        }
        UUID id = UUID.randomUUID();
        Optional<TraceContext> trace = TraceContext.current();
        outbox.insert(new OutboxRow(id, key, subject, config.typePrefix() + "." + eventType,
                config.source(), config.topic(), data.occurredAt(), RequestId.current().orElse(null), json,
                trace.map(TraceContext::traceparent).orElse(null), trace.map(TraceContext::tracestate).orElse(null)));
        LogContext.applicationNumber(subject);
        recorded.fire(new OutboxRecorded(id));
        return id;
    }
}

package kz.gov.rehab.commons.events.outbox;

import java.time.Instant;
import java.util.UUID;

/**
 * One outbox row as the relay turns it into a CloudEvent. {@code traceparent}/{@code tracestate}:
 * the W3C trace context of the request (or job) that recorded it, null when none was traced; the
 * relay's publish continues that trace.
 */
public record OutboxRow(
        UUID id,
        UUID applicationId,
        String applicationNumber,
        String type,
        String source,
        String topic,
        Instant occurredAt,
        String requestId,
        String dataJson,
        String traceparent,
        String tracestate) {
}

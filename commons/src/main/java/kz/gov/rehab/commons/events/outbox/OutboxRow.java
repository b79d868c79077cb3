package kz.gov.rehab.commons.events.outbox;

import java.time.Instant;
import java.util.UUID;

/** One outbox row as the relay turns it into a CloudEvent. */
public record OutboxRow(
        UUID id,
        UUID applicationId,
        String applicationNumber,
        String type,
        String source,
        String topic,
        Instant occurredAt,
        String requestId,
        String dataJson) {
}

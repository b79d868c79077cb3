package kz.gov.rehab.commons.events;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

/** The {@code data} of every status CloudEvent (schema in docs/events.md). */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record StatusEventData(
        UUID applicationId,
        String applicationNumber,
        String serviceCode,
        String serviceName,
        String stage,
        Provider provider,
        Channel channel,
        LocalDate deadline,
        Instant occurredAt,
        String actorRole,
        String applicantIin,
        Map<String, Object> details) {

    static StatusEventData of(UUID applicationId, String applicationNumber, EventsConfig config, MonitoringData data) {
        return new StatusEventData(applicationId, applicationNumber, config.serviceCode(), config.serviceName(),
                data.stage(), data.provider(), data.channel(), data.deadline(), data.occurredAt(), data.actorRole(),
                data.applicantIin(), data.details());
    }
}

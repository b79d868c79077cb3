package kz.gov.rehab.commons.events;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

/**
 * The {@code data} of a status CloudEvent about a subject that is not an application (schema in
 * docs/events.md): the same monitoring fields as {@link StatusEventData}, with the subject's kind,
 * id and reference in place of the application's id and number.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record SubjectEventData(
        String subjectKind,
        UUID subjectId,
        String subject,
        String serviceCode,
        String serviceName,
        String stage,
        Provider provider,
        Channel channel,
        LocalDate deadline,
        Instant occurredAt,
        String actorRole,
        Map<String, Object> details) {

    static SubjectEventData of(EventSubject subject, EventsConfig config, MonitoringData data) {
        if (data.applicantIin() != null) {
            throw new IllegalArgumentException("an event about a " + subject.kind() + " names no applicant");
        }
        return new SubjectEventData(subject.kind(), subject.id(), subject.reference(), config.serviceCode(),
                config.serviceName(), data.stage(), data.provider(), data.channel(), data.deadline(), data.occurredAt(),
                data.actorRole(), data.details());
    }
}

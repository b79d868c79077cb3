package kz.gov.rehab.certificate.application;

import com.fasterxml.jackson.annotation.JsonValue;
import jakarta.persistence.Converter;
import kz.gov.rehab.commons.events.StageName;

/**
 * The stages of delivering the service that are recorded and reported to monitoring (C9, para 16),
 * with the event type (without the service prefix) of their status events. Each is named in the
 * stage vocabulary ({@link StageName}: {@code REFUSED_AT_INTAKE} is {@code refused-at-intake}) in the
 * application's history, in the stored rows and in the events.
 */
public enum Stage implements StageName {
    SUBMITTED("application.submitted"),
    REFUSED_AT_INTAKE("application.refused-at-intake"),
    ACCEPTED("application.accepted"),
    ROUTED("application.routed"),
    DEADLINE_RECOMPUTED("application.deadline-recomputed"),
    HEARING_SCHEDULED("application.hearing-scheduled"),
    HEARING_HELD("application.hearing-held"),
    ISSUED("application.issued"),
    REFUSED("application.refused"),
    HANDED_OUT("application.handed-out"),
    COMPLAINT_FILED("complaint.filed"),
    COMPLAINT_DECIDED("complaint.decided");

    private final String eventType;

    Stage(String eventType) {
        this.eventType = eventType;
    }

    /** The event type without the service prefix, e.g. {@code application.accepted}. */
    public String eventType() {
        return eventType;
    }

    @JsonValue
    @Override
    public String stageName() {
        return StageName.of(this);
    }

    /** Stored by its stage name. */
    @Converter(autoApply = true)
    public static class Column extends StageName.Column<Stage> {
        public Column() {
            super(Stage.class);
        }
    }
}

package kz.gov.rehab.certificate.application;

/**
 * The stages of delivering the service that are recorded and reported to monitoring (C9, para 16),
 * with the stage name and the event type (without the service prefix) of their status events.
 */
public enum Stage {
    SUBMITTED("submitted", "application.submitted"),
    REFUSED_AT_INTAKE("refused-at-intake", "application.refused-at-intake"),
    ACCEPTED("accepted", "application.accepted"),
    ROUTED("routed", "application.routed"),
    DEADLINE_RECOMPUTED("deadline-recomputed", "application.deadline-recomputed"),
    HEARING_SCHEDULED("hearing-scheduled", "application.hearing-scheduled"),
    HEARING_HELD("hearing-held", "application.hearing-held"),
    ISSUED("issued", "application.issued"),
    REFUSED("refused", "application.refused"),
    HANDED_OUT("handed-out", "application.handed-out"),
    COMPLAINT_FILED("complaint-filed", "complaint.filed"),
    COMPLAINT_DECIDED("complaint-decided", "complaint.decided");

    private final String eventName;
    private final String eventType;

    Stage(String eventName, String eventType) {
        this.eventName = eventName;
        this.eventType = eventType;
    }

    /** The stage as the monitoring system names it, e.g. {@code accepted}. */
    public String eventName() {
        return eventName;
    }

    /** The event type without the service prefix, e.g. {@code application.accepted}. */
    public String eventType() {
        return eventType;
    }
}

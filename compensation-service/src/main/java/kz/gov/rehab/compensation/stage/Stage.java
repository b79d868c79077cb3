package kz.gov.rehab.compensation.stage;

import com.fasterxml.jackson.annotation.JsonValue;
import jakarta.persistence.Converter;
import kz.gov.rehab.commons.events.StageName;

/**
 * A stage of delivering the compensation that is reported to the monitoring system of public
 * services (one status event each, docs/events.md) and kept in the application's history. Each is
 * named in the stage vocabulary ({@link StageName}: {@code DATA_CHECKED} is {@code data-checked}) in
 * the history, in the stored rows and in the events.
 */
public enum Stage implements StageName {
    SUBMITTED("application.submitted", "compensation-officer"),
    DATA_CHECKED("application.data-checked", "compensation-officer"),
    DATA_MISMATCH("application.data-mismatch", "compensation-officer"),
    AWAITING_DECISION("application.awaiting-decision", "compensation-officer"),
    AWAITING_MRP("application.awaiting-mrp", "compensation-officer"),
    ASSIGNED("compensation.assigned", "compensation-officer"),
    REFUSED("compensation.refused", "compensation-officer"),
    BATCHED("payout.batched", "payment-operator"),
    BATCH_APPROVED("payout.approved", "payment-operator"),
    SENT_TO_BANK("payout.sent", "payment-operator"),
    PAID("payout.paid", "payment-operator"),
    PAYMENT_FAILED("payout.failed", "payment-operator"),
    REISSUED("payout.reissued", "payment-operator");

    private final String eventName;
    private final String actorRole;

    Stage(String eventName, String actorRole) {
        this.eventName = eventName;
        this.actorRole = actorRole;
    }

    /** The role of the caller whose request brings the application to this stage. */
    public String actorRole() {
        return actorRole;
    }

    /** The event type (docs/events.md), e.g. {@code compensation.assigned}; the CloudEvents type adds the service's prefix. */
    public String eventType() {
        return eventName;
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

package kz.gov.rehab.compensation.stage;

/**
 * A stage of delivering the compensation that is reported to the monitoring system of public
 * services (one status event each, docs/events.md) and kept in the application's history.
 */
public enum Stage {
    SUBMITTED("application.submitted"),
    DATA_CHECKED("application.data.checked"),
    DATA_MISMATCH("application.data.mismatch"),
    AWAITING_DECISION("application.awaiting.decision"),
    ASSIGNED("compensation.assigned"),
    REFUSED("compensation.refused"),
    BATCHED("payout.batched"),
    BATCH_APPROVED("payout.approved"),
    SENT_TO_BANK("payout.sent"),
    PAID("payout.paid"),
    PAYMENT_FAILED("payout.failed"),
    REISSUED("payout.reissued");

    private final String eventName;

    Stage(String eventName) {
        this.eventName = eventName;
    }

    /** The event type (docs/events.md), e.g. {@code compensation.assigned}; the CloudEvents type adds the service's prefix. */
    public String eventType() {
        return eventName;
    }
}

package kz.gov.rehab.compensation.stage;

/**
 * A stage of delivering the compensation that is reported to the monitoring system of public
 * services (one status event each, docs/events.md) and kept in the application's history.
 */
public enum Stage {
    SUBMITTED("submitted"),
    DATA_CHECKED("data-checked"),
    DATA_MISMATCH("data-mismatch"),
    AWAITING_DECISION("awaiting-decision"),
    ASSIGNED("assigned"),
    REFUSED("refused"),
    BATCHED("batched"),
    BATCH_APPROVED("batch-approved"),
    SENT_TO_BANK("sent-to-bank"),
    PAID("paid"),
    PAYMENT_FAILED("payment-failed"),
    REISSUED("reissued");

    private final String eventName;

    Stage(String eventName) {
        this.eventName = eventName;
    }

    /** The last part of the CloudEvents type, e.g. {@code kz.gov.rehab.compensation.application.assigned}. */
    public String eventType() {
        return "kz.gov.rehab.compensation.application." + eventName;
    }
}

package kz.gov.rehab.certificate.rules;

/** The numbers the rules of the service set, by their name in the {@code service_rule} table. */
public enum ServiceRule {
    /** C5, standard item 5: working days from acceptance to the ready result. */
    SERVICE_DEADLINE_WORKING_DAYS("service-deadline.working-days"),
    /** Para 12 / APPK art. 73: notice of the hearing at least this many working days before the deadline. */
    HEARING_NOTICE_WORKING_DAYS_BEFORE_DEADLINE("hearing.notice-working-days-before-deadline"),
    /** Para 12 / APPK art. 74: the hearing is held within this many working days of the notice. */
    HEARING_WITHIN_WORKING_DAYS_OF_NOTICE("hearing.within-working-days-of-notice"),
    /** C11, para 20: service information updated within this many working days of approval. */
    SERVICE_INFORMATION_UPDATE_WORKING_DAYS("service-information.update-working-days"),
    /** C5, standard item 5.2: the longest wait to hand in documents at the State Corporation, in minutes. */
    QUEUE_MAX_WAIT_MINUTES("queue.max-wait-minutes"),
    /** C5, standard item 5.3: the longest service at the State Corporation, in minutes. */
    QUEUE_MAX_SERVICE_MINUTES("queue.max-service-minutes");

    private final String key;

    ServiceRule(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }
}

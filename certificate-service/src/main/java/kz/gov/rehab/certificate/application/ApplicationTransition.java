package kz.gov.rehab.certificate.application;

import java.util.EnumSet;
import java.util.Set;

/**
 * The application state machine: every change of status, the statuses it is allowed from and the
 * status it leads to. Nothing else changes an application's status.
 */
public enum ApplicationTransition {
    /** Item 11, para 12: a refusal is first a preliminary decision, with notice of a hearing. */
    RECORD_PRELIMINARY_REFUSAL("Recording a preliminary refusal", EnumSet.of(ApplicationStatus.UNDER_REVIEW),
            ApplicationStatus.HEARING_SCHEDULED),
    /** APPK art. 74: the record of the hearing. */
    RECORD_HEARING("Recording the hearing", EnumSet.of(ApplicationStatus.HEARING_SCHEDULED),
            ApplicationStatus.HEARING_HELD),
    /** C8: issuing is possible after review, or after a hearing that changed the akimat's mind. */
    ISSUE("Issuing the certificate", EnumSet.of(ApplicationStatus.UNDER_REVIEW, ApplicationStatus.HEARING_HELD),
            ApplicationStatus.ISSUED),
    /** Item 11 with para 12: a refusal only after the hearing was held. */
    REFUSE("Refusing", EnumSet.of(ApplicationStatus.HEARING_HELD), ApplicationStatus.REFUSED),
    /** The State Corporation hands out the result, a certificate or a reasoned refusal. */
    HAND_OUT("Handing out the result", EnumSet.of(ApplicationStatus.ISSUED, ApplicationStatus.REFUSED),
            ApplicationStatus.HANDED_OUT);

    private final String action;
    private final Set<ApplicationStatus> from;
    private final ApplicationStatus to;

    ApplicationTransition(String action, Set<ApplicationStatus> from, ApplicationStatus to) {
        this.action = action;
        this.from = from;
        this.to = to;
    }

    public boolean allowedFrom(ApplicationStatus current) {
        return from.contains(current);
    }

    /** The status after this transition, or {@link TransitionNotAllowedException} naming the current status. */
    public ApplicationStatus apply(ApplicationStatus current) {
        if (!allowedFrom(current)) {
            throw new TransitionNotAllowedException(action, current);
        }
        return to;
    }

    public String action() {
        return action;
    }

    public Set<ApplicationStatus> from() {
        return from;
    }

    public ApplicationStatus to() {
        return to;
    }
}

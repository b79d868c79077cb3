package kz.gov.rehab.certificate.application;

import java.util.Set;
import kz.gov.rehab.commons.refusal.TransitionNotAllowed;

/**
 * The named changes of an application's status, each the move to one status of the state machine
 * ({@link ApplicationStatus#MOVES}), which says from where it is allowed.
 */
public enum ApplicationTransition {
    /** Item 11, para 12: a refusal is first a preliminary decision, with notice of a hearing (from UNDER_REVIEW). */
    RECORD_PRELIMINARY_REFUSAL("Recording a preliminary refusal", ApplicationStatus.HEARING_SCHEDULED),
    /** APPK art. 74: the record of the hearing (from HEARING_SCHEDULED). */
    RECORD_HEARING("Recording the hearing", ApplicationStatus.HEARING_HELD),
    /** C8: issuing is possible after review, or after a hearing that changed the akimat's mind. */
    ISSUE("Issuing the certificate", ApplicationStatus.ISSUED),
    /** Item 11 with para 12: a refusal only after the hearing was held. */
    REFUSE("Refusing", ApplicationStatus.REFUSED),
    /** The State Corporation hands out the result, a certificate or a reasoned refusal. */
    HAND_OUT("Handing out the result", ApplicationStatus.HANDED_OUT);

    private final String action;
    private final ApplicationStatus to;

    ApplicationTransition(String action, ApplicationStatus to) {
        this.action = action;
        this.to = to;
    }

    public boolean allowedFrom(ApplicationStatus current) {
        return ApplicationStatus.MOVES.canMove(current, to);
    }

    /** The status after this transition, or {@link TransitionNotAllowed} naming the current status. */
    public ApplicationStatus apply(ApplicationStatus current) {
        return ApplicationStatus.MOVES.move(current, to, action);
    }

    public String action() {
        return action;
    }

    public Set<ApplicationStatus> from() {
        return ApplicationStatus.MOVES.sourcesOf(to);
    }

    public ApplicationStatus to() {
        return to;
    }
}

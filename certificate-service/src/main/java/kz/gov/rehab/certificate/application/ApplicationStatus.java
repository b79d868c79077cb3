package kz.gov.rehab.certificate.application;

import kz.gov.rehab.commons.state.Transitions;

/**
 * Where an application stands (see docs/certificate-service.md for the diagram), and the moves
 * between the statuses ({@link #MOVES}); each move is named by an {@link ApplicationTransition}.
 */
public enum ApplicationStatus {
    /** C3: the set of documents was incomplete or expired; a refusal receipt was given. Final. */
    REFUSED_AT_INTAKE,
    /** C4, C6: accepted at the State Corporation and routed to the competent akimat. */
    UNDER_REVIEW,
    /** Para 12: a preliminary refusal was recorded and the applicant notified of the hearing. */
    HEARING_SCHEDULED,
    /** Para 12, APPK art. 74: the hearing was held and recorded; the akimat now decides. */
    HEARING_HELD,
    /** C8: the certificate (or duplicate) was issued and printed; awaiting hand-out. */
    ISSUED,
    /** Item 11: refused on one of its two grounds, after a hearing; awaiting hand-out. */
    REFUSED,
    /** The result was handed out at the State Corporation. Final. */
    HANDED_OUT;

    /** The state machine; REFUSED_AT_INTAKE and HANDED_OUT are final. */
    static final Transitions<ApplicationStatus> MOVES = Transitions.of(ApplicationStatus.class, "application")
            .from(UNDER_REVIEW).to(HEARING_SCHEDULED)
            .from(HEARING_SCHEDULED).to(HEARING_HELD)
            .from(UNDER_REVIEW, HEARING_HELD).to(ISSUED)
            .from(HEARING_HELD).to(REFUSED)
            .from(ISSUED, REFUSED).to(HANDED_OUT)
            .build();
}

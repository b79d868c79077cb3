package kz.gov.rehab.certificate.application;

/** Where an application stands (see docs/certificate-service.md for the diagram). */
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
    HANDED_OUT
}

package kz.gov.rehab.compensation.decision;

/**
 * The documented list of grounds on which an officer refuses a compensation (the only values the
 * API accepts; docs/compensation-service.md lists them with their sources).
 */
public enum RefusalReason {
    /**
     * P3: the person already holds this one-time compensation: assigned or paid under another application
     * of this service, or paid before it existed (register of payments); the earlier one is referenced.
     */
    ALREADY_COMPENSATED,
    /** P1/P4: the rehabilitation reference on the form is not in the rehabilitation register for this IIN (asked at the decision). */
    REFERENCE_NOT_IN_REGISTER,
    /** P3 / P1: part or all of the one-time compensation was already received in another republic. */
    RECEIVED_IN_ANOTHER_REPUBLIC,
    /** The applicant died before the compensation was assigned (state database of individuals). */
    APPLICANT_DECEASED,
    /** The documents or data submitted are unreliable (they contradict the state registries, P2). */
    DATA_UNRELIABLE,
    /** The rehabilitation reference does not give a right to this compensation (period or category not covered). */
    NOT_ENTITLED,
    /** Home-schooling reimbursement: the child already has a reimbursement for a month of the period. */
    ALREADY_REIMBURSED,
    /** Home-schooling reimbursement: the child died before the reimbursement was assigned. */
    CHILD_DECEASED
}

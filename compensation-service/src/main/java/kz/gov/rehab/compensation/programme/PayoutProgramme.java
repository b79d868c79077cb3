package kz.gov.rehab.compensation.programme;

/**
 * A payout programme run on the compensation engine: its own rules (rates as dated data, whether a
 * person may receive it only once, whether it is paid once or in monthly instalments) on the shared
 * application, decision and payout machinery.
 */
public enum PayoutProgramme {

    /**
     * One-time monetary compensation to victims of mass political repressions (Order No. 277 of
     * 30 June 2023 as amended by Order No. 113 of 1 April 2026; docs/law.md §2). Paid once per person (P3).
     */
    REPRESSION_ONE_TIME(true, false),

    /**
     * Reimbursement of the costs of home schooling of a child with a disability, to a parent or legal
     * representative (Order No. 28 of 19 January 2016 as amended by Order No. 113; docs/law.md §3):
     * assigned for a period of months, paid in monthly instalments, at most one reimbursement per child
     * and month.
     */
    HOME_SCHOOLING_REIMBURSEMENT(false, true);

    private final boolean oncePerPerson;
    private final boolean periodic;

    PayoutProgramme(boolean oncePerPerson, boolean periodic) {
        this.oncePerPerson = oncePerPerson;
        this.periodic = periodic;
    }

    /** Whether a person may hold at most one assigned or paid award of this programme. */
    public boolean oncePerPerson() {
        return oncePerPerson;
    }

    /** Whether the award is paid in monthly instalments over its period rather than once. */
    public boolean periodic() {
        return periodic;
    }
}

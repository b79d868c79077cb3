package kz.gov.rehab.compensation.programme;

/**
 * A payout programme run on the compensation engine: its own rules (rates as dated data, whether a
 * person may receive it only once) on the shared application, decision and payout machinery.
 */
public enum PayoutProgramme {

    /**
     * One-time monetary compensation to victims of mass political repressions (Order No. 277 of
     * 30 June 2023 as amended by Order No. 113 of 1 April 2026; DOMAIN.md §2). Paid once per person (P3).
     */
    REPRESSION_ONE_TIME(true);

    private final boolean oncePerPerson;

    PayoutProgramme(boolean oncePerPerson) {
        this.oncePerPerson = oncePerPerson;
    }

    /** Whether a person may hold at most one assigned or paid award of this programme. */
    public boolean oncePerPerson() {
        return oncePerPerson;
    }
}

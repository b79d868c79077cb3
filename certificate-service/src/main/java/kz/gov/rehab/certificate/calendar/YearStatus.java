package kz.gov.rehab.certificate.calendar;

/** How far a year's working-day calendar is known. */
public enum YearStatus {
    /** Both announced facts are entered: the Kurban Ait date and the transfer decree. */
    CONFIRMED,
    /**
     * Computed from the holiday rules alone: a Kurban Ait date or a transfer decree is still to be
     * announced. Used all the same, and said so on every deadline computed with it.
     */
    PROVISIONAL
}

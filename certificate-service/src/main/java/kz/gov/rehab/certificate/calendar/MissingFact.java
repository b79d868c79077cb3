package kz.gov.rehab.certificate.calendar;

/** An announced fact a year's calendar still lacks before it is confirmed. */
public enum MissingFact {
    /** The first day of Kurban Ait (Labour Code art. 84 p. 5), announced each year. */
    KURBAN_AIT,
    /** The Government's decree on transferring days off (Labour Code art. 85 p. 3). */
    TRANSFER_DECREE
}

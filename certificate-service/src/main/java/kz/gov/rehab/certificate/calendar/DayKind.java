package kz.gov.rehab.certificate.calendar;

/** How a listed day departs from the five-day week. */
public enum DayKind {
    /** A weekday that is not worked: a public holiday or a transferred day off. */
    DAY_OFF,
    /** A Saturday or Sunday that is worked because a day off was transferred from it. */
    WORKING_DAY
}

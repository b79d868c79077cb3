package kz.gov.rehab.certificate.calendar;

/** A date falls in a year for which the working-day calendar holds no data. */
public class CalendarYearNotCoveredException extends RuntimeException {

    private final int year;

    public CalendarYearNotCoveredException(int year) {
        super("The working-day calendar has no data for " + year
                + ": a calendar operator must add that year's days off before deadlines reaching into it can be computed");
        this.year = year;
    }

    public int year() {
        return year;
    }
}

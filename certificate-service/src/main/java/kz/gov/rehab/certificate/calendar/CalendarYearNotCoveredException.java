package kz.gov.rehab.certificate.calendar;

import kz.gov.rehab.commons.problem.ProblemException;

/** A date falls in a year for which the working-day calendar holds no data (422). */
public class CalendarYearNotCoveredException extends ProblemException {

    private final int year;

    public CalendarYearNotCoveredException(int year) {
        super(422, "calendar-year-not-covered", "No working-day calendar for that year",
                "The working-day calendar has no data for " + year
                        + ": a calendar operator must add that year's days off before deadlines reaching into it can be computed");
        this.year = year;
        with("year", year);
    }

    public int year() {
        return year;
    }
}

package kz.gov.rehab.certificate.calendar;

import kz.gov.rehab.commons.problem.ProblemException;

/** A date outside the years the holiday rules are kept for (422). */
public class CalendarYearOutOfRangeException extends ProblemException {

    public CalendarYearOutOfRangeException(int year, int firstYear, int lastYear) {
        super(422, "calendar-year-out-of-range", "No holiday rules for that year",
                "The working-day calendar is computed for " + firstYear + " to " + lastYear
                        + " (the holiday rules are kept from " + firstYear + "); " + year + " is outside");
        with("year", year);
        with("firstYear", firstYear);
        with("lastYear", lastYear);
    }
}

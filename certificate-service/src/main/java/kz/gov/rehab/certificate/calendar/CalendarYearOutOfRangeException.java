package kz.gov.rehab.certificate.calendar;

import kz.gov.rehab.commons.refusal.RuleBroken;


/** A date outside the years the holiday rules are kept for (a rule broken). */
public class CalendarYearOutOfRangeException extends RuleBroken {

    public CalendarYearOutOfRangeException(int year, int firstYear, int lastYear) {
        super("calendar-year-out-of-range", "No holiday rules for that year",
                "The working-day calendar is computed for " + firstYear + " to " + lastYear
                        + " (the holiday rules are kept from " + firstYear + "); " + year + " is outside");
        with("year", year);
        with("firstYear", firstYear);
        with("lastYear", lastYear);
    }
}

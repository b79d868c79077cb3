package kz.gov.rehab.certificate.calendar;

import kz.gov.rehab.commons.problem.ProblemException;

/** The calendar of a year is added once (409). */
public class CalendarYearAlreadyExistsException extends ProblemException {

    public CalendarYearAlreadyExistsException(int year) {
        super(409, "calendar-year-exists", "The year is already recorded",
                "The working-day calendar of " + year + " is already recorded");
    }
}

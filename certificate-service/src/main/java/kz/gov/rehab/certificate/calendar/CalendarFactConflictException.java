package kz.gov.rehab.certificate.calendar;

import kz.gov.rehab.commons.problem.ProblemException;

/** An announced fact of a year is already entered, differently (409). */
public class CalendarFactConflictException extends ProblemException {

    public CalendarFactConflictException(int year, MissingFact fact, String detail) {
        super(409, "calendar-fact-already-entered", "Already entered for that year", detail);
        with("year", year);
        with("fact", fact.name());
    }
}

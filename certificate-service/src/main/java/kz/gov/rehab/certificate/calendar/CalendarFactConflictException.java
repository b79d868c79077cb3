package kz.gov.rehab.certificate.calendar;

import kz.gov.rehab.commons.refusal.StateConflict;


/** An announced fact of a year is already entered, differently (a state conflict). */
public class CalendarFactConflictException extends StateConflict {

    public CalendarFactConflictException(int year, MissingFact fact, String detail) {
        super("calendar-fact-already-entered", "Already entered for that year", detail);
        with("year", year);
        with("fact", fact.name());
    }
}

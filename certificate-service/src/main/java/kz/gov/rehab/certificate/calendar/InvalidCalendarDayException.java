package kz.gov.rehab.certificate.calendar;

import java.time.LocalDate;

/** A listed day that cannot be part of the calendar. */
public class InvalidCalendarDayException extends RuntimeException {

    public InvalidCalendarDayException(LocalDate day, String reason) {
        super(day + ": " + reason);
    }
}

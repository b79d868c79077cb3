package kz.gov.rehab.certificate.calendar;

/** The calendar of a year is added once. */
public class CalendarYearAlreadyExistsException extends RuntimeException {

    public CalendarYearAlreadyExistsException(int year) {
        super("The working-day calendar of " + year + " is already recorded");
    }
}

package kz.gov.rehab.certificate.calendar.rest;

/** The calendar holds no data for the year asked for. */
public class CalendarYearNotFoundException extends RuntimeException {

    public CalendarYearNotFoundException(int year) {
        super("The working-day calendar holds no data for " + year);
    }
}

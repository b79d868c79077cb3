package kz.gov.rehab.certificate.calendar;

import java.time.LocalDate;
import java.util.List;
import kz.gov.rehab.commons.refusal.InvalidInput;
import kz.gov.rehab.commons.refusal.Violation;

/** A day that cannot be entered into the calendar (invalid input, naming the field and the day). */
public class InvalidCalendarDayException extends InvalidInput {

    public InvalidCalendarDayException(String field, LocalDate day, String reason) {
        super("invalid-request", "The request is not valid", day + ": " + reason,
                List.of(new Violation(field, day + ": " + reason)));
    }
}

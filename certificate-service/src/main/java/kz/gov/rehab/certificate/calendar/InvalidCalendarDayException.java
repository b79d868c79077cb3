package kz.gov.rehab.certificate.calendar;

import java.time.LocalDate;
import java.util.List;
import kz.gov.rehab.commons.problem.Problem;
import kz.gov.rehab.commons.problem.ProblemException;

/** A day that cannot be entered into the calendar (400, naming the field and the day). */
public class InvalidCalendarDayException extends ProblemException {

    public InvalidCalendarDayException(String field, LocalDate day, String reason) {
        super(400, "invalid-request", "The request is not valid", day + ": " + reason,
                List.of(new Problem.Violation(field, day + ": " + reason)));
    }
}

package kz.gov.rehab.certificate.calendar;

import java.time.LocalDate;
import java.util.List;
import kz.gov.rehab.commons.problem.Problem;
import kz.gov.rehab.commons.problem.ProblemException;

/** A listed day that cannot be part of the calendar (400 with the offending day). */
public class InvalidCalendarDayException extends ProblemException {

    public InvalidCalendarDayException(LocalDate day, String reason) {
        super(400, "invalid-request", "The request is not valid", day + ": " + reason,
                List.of(new Problem.Violation("days", day + ": " + reason)));
    }
}

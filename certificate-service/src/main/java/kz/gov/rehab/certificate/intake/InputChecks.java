package kz.gov.rehab.certificate.intake;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import kz.gov.rehab.commons.person.Iin;
import kz.gov.rehab.commons.refusal.InvalidInput;
import kz.gov.rehab.commons.refusal.Violation;

/**
 * Field checks that bean validation does not express: an IIN with a wrong check digit or date
 * (docs/law.md §4), dates before 1900 or in the future. Collects every violation, then refuses the
 * request at once as invalid input, before anything is read or written.
 */
public final class InputChecks {

    private static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);

    private final List<Violation> violations = new ArrayList<>();

    public InputChecks iin(String field, String value) {
        if (value != null) {
            Iin.problem(value).ifPresent(problem -> violations.add(new Violation(field, problem)));
        }
        return this;
    }

    /** A date that has happened: not in the future ({@code today}) and not before 1900. */
    public InputChecks pastDate(String field, LocalDate value, LocalDate today) {
        if (value != null) {
            if (value.isBefore(EARLIEST)) {
                violations.add(new Violation(field, "must not be before 1900-01-01"));
            } else if (value.isAfter(today)) {
                violations.add(new Violation(field, "must not be in the future"));
            }
        }
        return this;
    }

    /** A date that may lie ahead (e.g. "valid until"), but not before 1900 nor absurdly far. */
    public InputChecks plausibleDate(String field, LocalDate value) {
        if (value != null && (value.isBefore(EARLIEST) || value.getYear() > 2200)) {
            violations.add(new Violation(field, "must be between 1900 and 2200"));
        }
        return this;
    }

    public InputChecks require(boolean condition, String field, String message) {
        if (!condition) {
            violations.add(new Violation(field, message));
        }
        return this;
    }

    public void orRefuse() {
        if (!violations.isEmpty()) {
            throw new InvalidInput("The request is not valid", violations);
        }
    }
}

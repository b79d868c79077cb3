package kz.gov.rehab.certificate.calendar;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Objects;
import java.util.Optional;

/**
 * One holiday of the Law of the RK "On holidays in the Republic of Kazakhstan" as dated data
 * (table {@code holiday_rule}): its day of the year, whether a day off that falls on a Saturday or
 * Sunday moves to the next working day (art. 5) or never moves (Labour Code art. 84 p. 5: 7 January),
 * and the period in which the law lists it. A change of the law is a new row, not a code change.
 */
public record HolidayRule(String name, MonthDay day, boolean movesOffWeekend, LocalDate effectiveFrom,
        LocalDate effectiveTo, String source) {

    public HolidayRule {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(effectiveFrom, "effectiveFrom");
        Objects.requireNonNull(source, "source");
        if (effectiveTo != null && effectiveTo.isBefore(effectiveFrom)) {
            throw new IllegalArgumentException("a holiday rule cannot end before it starts: " + name);
        }
    }

    /** The holiday's date in {@code year}, when the law lists it on that date. */
    public Optional<LocalDate> dateIn(int year) {
        if (!day.isValidYear(year)) {
            return Optional.empty();
        }
        LocalDate date = day.atYear(year);
        boolean inForce = !date.isBefore(effectiveFrom) && (effectiveTo == null || !date.isAfter(effectiveTo));
        return inForce ? Optional.of(date) : Optional.empty();
    }
}

package kz.gov.rehab.certificate.calendar;

import java.time.DayOfWeek;
import java.util.Optional;

/**
 * What a listed day must satisfy (the same rules the database enforces with CHECK constraints):
 * it lies in its year; a day off is a weekday (weekends are off anyway); a transferred working day
 * is a Saturday or Sunday.
 */
final class CalendarDayRule {

    private CalendarDayRule() {
    }

    static Optional<String> check(int year, WorkingDayCalendar.ListedDay day) {
        if (day.day() == null || day.kind() == null || day.reason() == null || day.reason().isBlank()) {
            return Optional.of("day, kind and reason are required");
        }
        if (day.day().getYear() != year) {
            return Optional.of("the day is not in " + year);
        }
        boolean weekend = day.day().getDayOfWeek() == DayOfWeek.SATURDAY
                || day.day().getDayOfWeek() == DayOfWeek.SUNDAY;
        if (day.kind() == DayKind.DAY_OFF && weekend) {
            return Optional.of("a Saturday or Sunday is a day off already; list only weekdays off");
        }
        if (day.kind() == DayKind.WORKING_DAY && !weekend) {
            return Optional.of("only a Saturday or Sunday can be a transferred working day");
        }
        return Optional.empty();
    }
}

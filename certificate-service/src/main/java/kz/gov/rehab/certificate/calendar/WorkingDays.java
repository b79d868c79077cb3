package kz.gov.rehab.certificate.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

/**
 * Working-day arithmetic on a calendar given as data (DOMAIN.md §4, Labour Code art. 85): a
 * five-day week, minus the listed days off, plus the listed transferred working days. Only the
 * years in {@code coveredYears} can be used; asking about any other year throws
 * {@link CalendarYearNotCoveredException} — there is no "weekends only" fallback, because the
 * government moves days off by decree and a guessed deadline would be wrong.
 */
public record WorkingDays(Set<Integer> coveredYears, Map<LocalDate, DayKind> exceptions) {

    public WorkingDays {
        coveredYears = Set.copyOf(coveredYears);
        exceptions = Map.copyOf(exceptions);
    }

    public boolean isWorkingDay(LocalDate day) {
        requireCovered(day.getYear());
        DayKind listed = exceptions.get(day);
        if (listed != null) {
            return listed == DayKind.WORKING_DAY;
        }
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
    }

    /**
     * The date that is {@code workingDays} working days after {@code start}; {@code start} itself
     * is not counted (C5: "the day of acceptance is not counted"), whether or not it is a working
     * day. With 0 the answer is {@code start}.
     */
    public LocalDate plusWorkingDays(LocalDate start, int workingDays) {
        if (workingDays < 0) {
            throw new IllegalArgumentException("the number of working days must not be negative");
        }
        LocalDate day = start;
        int counted = 0;
        while (counted < workingDays) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                counted++;
            }
        }
        return day;
    }

    /**
     * The latest working day from which {@link #plusWorkingDays} of {@code workingDays} still
     * reaches {@code end} at most (e.g. the last day to give a notice "N working days before").
     */
    public LocalDate minusWorkingDays(LocalDate end, int workingDays) {
        if (workingDays < 0) {
            throw new IllegalArgumentException("the number of working days must not be negative");
        }
        LocalDate day = end;
        int counted = 0;
        while (counted < workingDays) {
            if (isWorkingDay(day)) {
                counted++;
            }
            day = day.minusDays(1);
        }
        while (!isWorkingDay(day)) {
            day = day.minusDays(1);
        }
        return day;
    }

    /** Number of working days in a covered year. */
    public int workingDaysIn(int year) {
        requireCovered(year);
        int count = 0;
        for (LocalDate day = LocalDate.of(year, 1, 1); day.getYear() == year; day = day.plusDays(1)) {
            if (isWorkingDay(day)) {
                count++;
            }
        }
        return count;
    }

    private void requireCovered(int year) {
        if (!coveredYears.contains(year)) {
            throw new CalendarYearNotCoveredException(year);
        }
    }
}

package kz.gov.rehab.certificate.calendar;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Working-day arithmetic (docs/law.md §4, Labour Code art. 84–85): a five-day week, minus the days off
 * and plus the transferred working days that {@link CalendarRules} computes for each year. Any year
 * the holiday rules cover can be used; a year still awaiting its announced facts is used as
 * computed, and every count says whether it went through such a provisional year.
 */
public final class WorkingDays {

    private final CalendarRules rules;
    private final Map<Integer, YearCalendar> years = new ConcurrentHashMap<>();

    public WorkingDays(CalendarRules rules) {
        this.rules = rules;
    }

    /** A date reached by counting working days, and the provisional years the count went through. */
    public record Counted(LocalDate date, Set<Integer> provisionalYears) {

        public Counted {
            provisionalYears = Set.copyOf(provisionalYears);
        }

        public boolean provisional() {
            return !provisionalYears.isEmpty();
        }
    }

    public YearCalendar year(int year) {
        return years.computeIfAbsent(year, rules::year);
    }

    public boolean isWorkingDay(LocalDate day) {
        return year(day.getYear()).isWorkingDay(day);
    }

    /**
     * The date that is {@code workingDays} working days after {@code start}; {@code start} itself is
     * not counted (C5: "the day of acceptance is not counted"), whether or not it is a working day.
     * With 0 the answer is {@code start}.
     */
    public Counted plus(LocalDate start, int workingDays) {
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
        return new Counted(day, provisionalYears(workingDays == 0 ? start : start.plusDays(1), day));
    }

    public LocalDate plusWorkingDays(LocalDate start, int workingDays) {
        return plus(start, workingDays).date();
    }

    /**
     * The latest working day from which {@link #plus} of {@code workingDays} still reaches
     * {@code end} at most (e.g. the last day to give a notice "N working days before").
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

    /** The provisional years among those from {@code from} to {@code to} (both included). */
    public Set<Integer> provisionalYears(LocalDate from, LocalDate to) {
        Set<Integer> provisional = new TreeSet<>();
        for (int y = Math.min(from.getYear(), to.getYear()); y <= Math.max(from.getYear(), to.getYear()); y++) {
            if (year(y).provisional()) {
                provisional.add(y);
            }
        }
        return provisional;
    }
}

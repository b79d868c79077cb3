package kz.gov.rehab.compensation.report;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * When a quarterly report is due (R1: submitted to the Ministry quarterly, within 10 calendar days
 * after the reporting period): the number of calendar days after the quarter's last day, as dated
 * data (table {@code report_deadline}). A report compiled or submitted after the due date is late.
 */
public record ReportDeadline(LocalDate effectiveFrom, int calendarDaysAfterPeriod) {

    public ReportDeadline {
        Objects.requireNonNull(effectiveFrom, "effectiveFrom");
        if (calendarDaysAfterPeriod < 1) {
            throw new IllegalArgumentException("a deadline is at least one day after the period");
        }
    }

    /** The rule that applies to a quarter: the one in force on the first day after it. */
    public static Optional<ReportDeadline> inForceFor(ReportingQuarter quarter, List<ReportDeadline> rules) {
        LocalDate dayAfter = quarter.lastDay().plusDays(1);
        return rules.stream().filter(rule -> !rule.effectiveFrom().isAfter(dayAfter))
                .max(Comparator.comparing(ReportDeadline::effectiveFrom));
    }

    /** The last day on which the report of {@code quarter} is on time (Q1 2026 → 2026-04-10). */
    public LocalDate dueDate(ReportingQuarter quarter) {
        return quarter.lastDay().plusDays(calendarDaysAfterPeriod);
    }

    /** Whether a report of {@code quarter} compiled or submitted on {@code day} is late. */
    public boolean late(ReportingQuarter quarter, LocalDate day) {
        return day.isAfter(dueDate(quarter));
    }
}

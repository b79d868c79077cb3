package kz.gov.rehab.compensation.homeschooling;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The months a home-schooling reimbursement is assigned for: the months covered by the home-schooling
 * conclusion, from the month the application is filed at the earliest (no months before the
 * application), and only months that begin while the beneficiary is a child (under 18). Each month
 * is one instalment, falling due on the first day of that month.
 */
public record ReimbursementPeriod(YearMonth first, YearMonth last) {

    /** The age from which a person is no longer a child. */
    public static final int ADULT_AGE = 18;

    public ReimbursementPeriod {
        if (last.isBefore(first)) {
            throw new IllegalArgumentException("a period ends no earlier than it begins");
        }
    }

    /** The period, or empty when no month is left (conclusion over before filing, or the child of age). */
    public static Optional<ReimbursementPeriod> of(LocalDate conclusionFrom, LocalDate conclusionTo, LocalDate filedOn,
            LocalDate childBirthDate) {
        YearMonth first = max(YearMonth.from(conclusionFrom), YearMonth.from(filedOn));
        YearMonth lastAsChild = YearMonth.from(childBirthDate.plusYears(ADULT_AGE).minusDays(1));
        YearMonth last = min(YearMonth.from(conclusionTo), lastAsChild);
        return last.isBefore(first) ? Optional.empty() : Optional.of(new ReimbursementPeriod(first, last));
    }

    public int months() {
        return (int) first.until(last, java.time.temporal.ChronoUnit.MONTHS) + 1;
    }

    public List<YearMonth> eachMonth() {
        List<YearMonth> months = new ArrayList<>();
        for (YearMonth month = first; !month.isAfter(last); month = month.plusMonths(1)) {
            months.add(month);
        }
        return months;
    }

    private static YearMonth max(YearMonth a, YearMonth b) {
        return a.isAfter(b) ? a : b;
    }

    private static YearMonth min(YearMonth a, YearMonth b) {
        return a.isBefore(b) ? a : b;
    }
}

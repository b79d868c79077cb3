package kz.gov.rehab.compensation.report;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A reporting period of a quarterly report: a calendar quarter, written {@code 2026-Q1}. */
public record ReportingQuarter(int year, int quarter) {

    private static final Pattern TEXT = Pattern.compile("([0-9]{4})-Q([1-4])");
    /** Periods, due dates and "paid in the quarter" are reckoned in Kazakhstan's time. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Almaty");

    public ReportingQuarter {
        if (quarter < 1 || quarter > 4) {
            throw new IllegalArgumentException("a quarter is 1 to 4: " + quarter);
        }
        if (year < 2000 || year > 2999) {
            throw new IllegalArgumentException("not a reporting year: " + year);
        }
    }

    public static ReportingQuarter parse(String text) {
        Matcher matcher = TEXT.matcher(text == null ? "" : text);
        if (!matcher.matches()) {
            throw new IllegalArgumentException("a period is written YYYY-Qn, e.g. 2026-Q1: " + text);
        }
        return new ReportingQuarter(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)));
    }

    /** The first day of the quarter. */
    public LocalDate firstDay() {
        return LocalDate.of(year, (quarter - 1) * 3 + 1, 1);
    }

    /** The last day of the quarter. */
    public LocalDate lastDay() {
        return firstDay().plusMonths(3).minusDays(1);
    }

    /** The first instant of the quarter in Kazakhstan's time. */
    public ZonedDateTime start() {
        return firstDay().atStartOfDay(ZONE);
    }

    /** The first instant after the quarter in Kazakhstan's time. */
    public ZonedDateTime endExclusive() {
        return lastDay().plusDays(1).atStartOfDay(ZONE);
    }

    @Override
    public String toString() {
        return year + "-Q" + quarter;
    }
}

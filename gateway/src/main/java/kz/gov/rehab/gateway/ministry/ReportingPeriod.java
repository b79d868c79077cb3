package kz.gov.rehab.gateway.ministry;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A quarter the report is for (R1: "quarterly"), written {@code YYYY-Qn}, e.g. {@code 2026-Q1}. */
public record ReportingPeriod(int year, int quarter) {

    private static final Pattern FORMAT = Pattern.compile("(\\d{4})-Q([1-4])");

    static Optional<ReportingPeriod> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher matcher = FORMAT.matcher(text);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        return Optional.of(new ReportingPeriod(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2))));
    }

    @Override
    public String toString() {
        return year + "-Q" + quarter;
    }
}

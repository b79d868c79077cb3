package kz.gov.rehab.compensation.decision.amount;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import kz.gov.rehab.compensation.programme.PayoutProgramme;

/**
 * The rate of a programme for one category of recipient, in force from a date (table
 * {@code compensation_rate}): {@code mrpPerMonth} MRP for each month counted, at most {@code capMrp}
 * MRP in total when a cap is set.
 */
public record CompensationRate(PayoutProgramme programme, String category, LocalDate effectiveFrom,
        BigDecimal mrpPerMonth, BigDecimal capMrp) {

    public CompensationRate {
        Objects.requireNonNull(programme, "programme");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(effectiveFrom, "effectiveFrom");
        if (mrpPerMonth == null || mrpPerMonth.signum() <= 0) {
            throw new IllegalArgumentException("a rate is a positive number of MRP per month");
        }
        if (capMrp != null && capMrp.signum() <= 0) {
            throw new IllegalArgumentException("a cap is a positive number of MRP");
        }
    }

    public Optional<BigDecimal> cap() {
        return Optional.ofNullable(capMrp);
    }
}

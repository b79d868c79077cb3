package kz.gov.rehab.compensation.decision.amount;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The monthly calculation index (MRP) in KZT for the period its budget law sets (table
 * {@code monthly_calculation_index}); only a confirmed row is read into the amount rule.
 */
public record MonthlyCalculationIndex(LocalDate effectiveFrom, LocalDate effectiveTo, BigDecimal amountKzt) {

    public MonthlyCalculationIndex {
        Objects.requireNonNull(effectiveFrom, "effectiveFrom");
        Objects.requireNonNull(effectiveTo, "effectiveTo");
        if (effectiveTo.isBefore(effectiveFrom)) {
            throw new IllegalArgumentException("an MRP period cannot end before it starts");
        }
        if (amountKzt == null || amountKzt.signum() <= 0) {
            throw new IllegalArgumentException("an MRP is a positive amount");
        }
    }

    public boolean covers(LocalDate date) {
        return !date.isBefore(effectiveFrom) && !date.isAfter(effectiveTo);
    }
}

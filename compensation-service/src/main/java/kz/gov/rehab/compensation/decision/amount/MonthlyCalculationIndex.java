package kz.gov.rehab.compensation.decision.amount;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/** The monthly calculation index (MRP) in KZT in force from a date (table {@code monthly_calculation_index}). */
public record MonthlyCalculationIndex(LocalDate effectiveFrom, BigDecimal amountKzt) {

    public MonthlyCalculationIndex {
        Objects.requireNonNull(effectiveFrom, "effectiveFrom");
        if (amountKzt == null || amountKzt.signum() <= 0) {
            throw new IllegalArgumentException("an MRP is a positive amount");
        }
    }
}

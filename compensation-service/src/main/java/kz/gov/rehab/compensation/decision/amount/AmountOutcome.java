package kz.gov.rehab.compensation.decision.amount;

import java.math.BigDecimal;
import java.time.LocalDate;

/** What the amount rule gives for an application: an amount, or the reason why none can be computed. */
public sealed interface AmountOutcome {

    /**
     * An amount in KZT with tiyn (scale 2), and how it was reached: the MRP in force on the filing
     * date, the rate, the months counted and whether the cap applied.
     */
    record Computed(BigDecimal amountKzt, BigDecimal mrpKzt, LocalDate mrpEffectiveFrom, BigDecimal mrpPerMonth,
            BigDecimal capMrp, int months, boolean capped, LocalDate rateEffectiveFrom) implements AmountOutcome {
    }

    /** No amount can be computed; the application waits for a decision with this reason. */
    record NotComputable(String reason) implements AmountOutcome {
    }
}

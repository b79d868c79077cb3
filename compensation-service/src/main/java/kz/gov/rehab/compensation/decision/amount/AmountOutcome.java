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

        /** The amount of one month at this rate and MRP (a monthly instalment of a periodic programme). */
        public BigDecimal perMonthKzt() {
            return mrpPerMonth.multiply(mrpKzt).setScale(2, java.math.RoundingMode.HALF_UP);
        }
    }

    /** No amount can be computed; the application waits for a decision with this reason. */
    record NotComputable(String reason) implements AmountOutcome {
    }

    /** The months the register gives cannot be counted: none, or more than a human life (the register must be wrong). */
    record MonthsNotCounted(int months) implements AmountOutcome {

        public String reason() {
            return "the rehabilitation register gives " + months + " months; a computable number of months is 1 to "
                    + CompensationAmountRule.MAX_MONTHS;
        }
    }

    /**
     * No MRP is entered and confirmed for the period of the filing date: the application waits in
     * {@code AWAITING_MRP} until it is, and is never paid at an earlier year's MRP (docs/law.md §4).
     */
    record AwaitingMrp(LocalDate filedOn) implements AmountOutcome {

        public String reason() {
            return "no monthly calculation index (MRP) is entered and confirmed for the budget period of " + filedOn;
        }
    }
}

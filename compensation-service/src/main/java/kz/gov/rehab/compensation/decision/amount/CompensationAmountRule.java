package kz.gov.rehab.compensation.decision.amount;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import kz.gov.rehab.compensation.homeschooling.RateTerritory;
import kz.gov.rehab.compensation.programme.PayoutProgramme;

/**
 * The amount of the one-time compensation (docs/law.md §4; Law of the RK of 14 April 1993 "On
 * rehabilitation of victims of mass political repressions"): the rate in MRP for each month spent in
 * places of imprisonment, exile, special settlement, forced labour or forced psychiatric treatment
 * (¾ MRP for a repressed person), capped in MRP (100 MRP), with the MRP in force on the day the
 * application is filed. The numbers are data ({@link MonthlyCalculationIndex}, {@link CompensationRate});
 * this class only applies them. Money is KZT with tiyn, rounded half-up to the tiyn.
 */
public final class CompensationAmountRule {

    /** Months beyond this cannot be a human life spent in repression: the register must be wrong. */
    public static final int MAX_MONTHS = 1200;

    private final List<MonthlyCalculationIndex> indices;
    private final List<CompensationRate> rates;

    public CompensationAmountRule(List<MonthlyCalculationIndex> indices, List<CompensationRate> rates) {
        this.indices = List.copyOf(indices);
        this.rates = List.copyOf(rates);
    }

    public AmountOutcome amountFor(PayoutProgramme programme, String category, int months, LocalDate filedOn) {
        if (months <= 0 || months > MAX_MONTHS) {
            return new AmountOutcome.MonthsNotCounted(months);
        }
        Optional<MonthlyCalculationIndex> mrp = mrpInForceOn(filedOn);
        if (mrp.isEmpty()) {
            return new AmountOutcome.AwaitingMrp(filedOn);
        }
        Optional<CompensationRate> rate = rateInForceOn(programme, category, filedOn);
        if (rate.isEmpty()) {
            return new AmountOutcome.NotComputable("no rate of " + programme + " is in force on " + filedOn
                    + " for the category " + category + "; an amount is not invented, a decision is needed");
        }
        BigDecimal mrpKzt = mrp.get().amountKzt();
        BigDecimal perMonth = rate.get().mrpPerMonth();
        BigDecimal amount = perMonth.multiply(BigDecimal.valueOf(months)).multiply(mrpKzt);
        boolean capped = false;
        if (rate.get().capMrp() != null) {
            BigDecimal cap = rate.get().capMrp().multiply(mrpKzt);
            if (amount.compareTo(cap) > 0) {
                amount = cap;
                capped = true;
            }
        }
        return new AmountOutcome.Computed(amount.setScale(2, RoundingMode.HALF_UP), mrpKzt,
                mrp.get().effectiveFrom(), perMonth, rate.get().capMrp(), months, capped, rate.get().effectiveFrom());
    }

    /** The MRP of the budget period that holds {@code date}; none after the last period entered. */
    Optional<MonthlyCalculationIndex> mrpInForceOn(LocalDate date) {
        return indices.stream().filter(index -> index.covers(date)).findFirst();
    }

    /** The rate in force; for a territorial category the most specific territory that has one (RateTerritory). */
    Optional<CompensationRate> rateInForceOn(PayoutProgramme programme, String category, LocalDate date) {
        for (String candidate : RateTerritory.lookupOrder(category)) {
            Optional<CompensationRate> rate = rates.stream()
                    .filter(r -> r.programme() == programme && r.category().equals(candidate))
                    .filter(r -> !r.effectiveFrom().isAfter(date))
                    .max(Comparator.comparing(CompensationRate::effectiveFrom));
            if (rate.isPresent()) {
                return rate;
            }
        }
        return Optional.empty();
    }
}

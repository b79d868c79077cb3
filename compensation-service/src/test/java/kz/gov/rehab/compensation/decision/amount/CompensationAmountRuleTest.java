package kz.gov.rehab.compensation.decision.amount;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import kz.gov.rehab.compensation.programme.PayoutProgramme;
import org.junit.jupiter.api.Test;

/**
 * The amount rule of docs/law.md §4 (Law of the RK of 14 April 1993 "On rehabilitation of victims of
 * mass political repressions"): ¾ MRP per month, at most 100 MRP, MRP in force on the filing date.
 * The data below are the rows of migration V2 (MRP 2023 3,450; 2024 3,692; 2025 3,932; 2026 4,325).
 */
class CompensationAmountRuleTest {

    static final List<MonthlyCalculationIndex> MRP = List.of(
            new MonthlyCalculationIndex(LocalDate.of(2023, 1, 1), LocalDate.of(2023, 12, 31), new BigDecimal("3450")),
            new MonthlyCalculationIndex(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31), new BigDecimal("3692")),
            new MonthlyCalculationIndex(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31), new BigDecimal("3932")),
            new MonthlyCalculationIndex(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), new BigDecimal("4325")));
    static final List<CompensationRate> RATES = List.of(new CompensationRate(PayoutProgramme.REPRESSION_ONE_TIME,
            "REPRESSED", LocalDate.of(1993, 4, 14), new BigDecimal("0.75"), new BigDecimal("100")));

    final CompensationAmountRule rule = new CompensationAmountRule(MRP, RATES);

    AmountOutcome amount(String category, int months, LocalDate filedOn) {
        return rule.amountFor(PayoutProgramme.REPRESSION_ONE_TIME, category, months, filedOn);
    }

    @Test
    void threeQuartersOfMrpPerMonth_24MonthsIn2026Is77850_para4() {
        AmountOutcome.Computed computed = (AmountOutcome.Computed) amount("REPRESSED", 24, LocalDate.of(2026, 5, 4));
        assertThat(computed.amountKzt()).isEqualByComparingTo("77850.00");
        assertThat(computed.amountKzt().scale()).isEqualTo(2);
        assertThat(computed.capped()).isFalse();
    }

    @Test
    void oneMonthIn2026Is3243_75_tiynKept_para4() {
        AmountOutcome.Computed computed = (AmountOutcome.Computed) amount("REPRESSED", 1, LocalDate.of(2026, 1, 1));
        assertThat(computed.amountKzt()).isEqualTo(new BigDecimal("3243.75"));
    }

    @Test
    void cappedAt100Mrp_200MonthsIn2026Is432500_para4() {
        AmountOutcome.Computed computed = (AmountOutcome.Computed) amount("REPRESSED", 200, LocalDate.of(2026, 11, 25));
        assertThat(computed.amountKzt()).isEqualTo(new BigDecimal("432500.00"));
        assertThat(computed.capped()).isTrue();
    }

    @Test
    void mrpInForceOnTheFilingDate_filedIn2025Uses3932_para4() {
        AmountOutcome.Computed computed = (AmountOutcome.Computed) amount("REPRESSED", 24, LocalDate.of(2025, 12, 31));
        assertThat(computed.mrpKzt()).isEqualByComparingTo("3932");
        assertThat(computed.amountKzt()).isEqualTo(new BigDecimal("70776.00"));
    }

    @Test
    void ministryFigures2023And2024_smallestAndLargestPayouts_para4() {
        // Ministry: 2023 payouts 2,588–345,000 KZT, 2024 2,769–369,200 KZT (one month; 100 MRP).
        assertThat(((AmountOutcome.Computed) amount("REPRESSED", 1, LocalDate.of(2023, 6, 1))).amountKzt())
                .isEqualTo(new BigDecimal("2587.50"));
        assertThat(((AmountOutcome.Computed) amount("REPRESSED", 500, LocalDate.of(2023, 6, 1))).amountKzt())
                .isEqualTo(new BigDecimal("345000.00"));
        assertThat(((AmountOutcome.Computed) amount("REPRESSED", 1, LocalDate.of(2024, 6, 1))).amountKzt())
                .isEqualTo(new BigDecimal("2769.00"));
        assertThat(((AmountOutcome.Computed) amount("REPRESSED", 500, LocalDate.of(2024, 6, 1))).amountKzt())
                .isEqualTo(new BigDecimal("369200.00"));
    }

    @Test
    void categoryWithoutRateInForceGetsNoAmount_para4() {
        AmountOutcome outcome = amount("SUFFERED_FROM_REPRESSION", 24, LocalDate.of(2026, 5, 4));
        assertThat(outcome).isInstanceOf(AmountOutcome.NotComputable.class);
        assertThat(((AmountOutcome.NotComputable) outcome).reason()).contains("SUFFERED_FROM_REPRESSION");
    }

    @Test
    void noMrpBeforeTheFirstRowGetsNoAmount() {
        assertThat(amount("REPRESSED", 24, LocalDate.of(2022, 12, 31))).isInstanceOf(AmountOutcome.AwaitingMrp.class);
    }

    @Test
    void aFilingAfterTheLastBudgetYearWaitsForItsMrp_neverTheEarlierYears_domain4() {
        // 2 January 2027: the 2026 MRP (4,325) covers 2026 only; the 2027 budget law's MRP is not entered
        assertThat(amount("REPRESSED", 24, LocalDate.of(2027, 1, 2))).isEqualTo(new AmountOutcome.AwaitingMrp(LocalDate.of(2027, 1, 2)));
        CompensationAmountRule with2027 = new CompensationAmountRule(java.util.stream.Stream.concat(MRP.stream(),
                java.util.stream.Stream.of(new MonthlyCalculationIndex(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 12, 31),
                        new BigDecimal("4500")))).toList(), RATES);
        // 24 months x 3/4 x 4,500
        assertThat(((AmountOutcome.Computed) with2027.amountFor(PayoutProgramme.REPRESSION_ONE_TIME, "REPRESSED", 24,
                LocalDate.of(2027, 1, 2))).amountKzt()).isEqualTo(new BigDecimal("81000.00"));
    }

    @Test
    void zeroNegativeOrAbsurdMonthsGetNoAmount() {
        assertThat(amount("REPRESSED", 0, LocalDate.of(2026, 5, 4))).isInstanceOf(AmountOutcome.MonthsNotCounted.class);
        assertThat(amount("REPRESSED", -3, LocalDate.of(2026, 5, 4))).isInstanceOf(AmountOutcome.MonthsNotCounted.class);
        assertThat(amount("REPRESSED", 100_000, LocalDate.of(2026, 5, 4))).isInstanceOf(AmountOutcome.MonthsNotCounted.class);
    }

    @Test
    void aLaterRateRowTakesEffectFromItsDate() {
        CompensationAmountRule withChildren = new CompensationAmountRule(MRP, List.of(RATES.get(0),
                new CompensationRate(PayoutProgramme.REPRESSION_ONE_TIME, "SUFFERED_FROM_REPRESSION",
                        LocalDate.of(2026, 7, 1), new BigDecimal("0.5"), new BigDecimal("50"))));
        assertThat(withChildren.amountFor(PayoutProgramme.REPRESSION_ONE_TIME, "SUFFERED_FROM_REPRESSION", 10,
                LocalDate.of(2026, 6, 30))).isInstanceOf(AmountOutcome.NotComputable.class);
        assertThat(((AmountOutcome.Computed) withChildren.amountFor(PayoutProgramme.REPRESSION_ONE_TIME,
                "SUFFERED_FROM_REPRESSION", 10, LocalDate.of(2026, 7, 1))).amountKzt()).isEqualTo(new BigDecimal("21625.00"));
    }
}

package kz.gov.rehab.compensation.homeschooling;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import kz.gov.rehab.compensation.decision.amount.AmountOutcome;
import kz.gov.rehab.compensation.decision.amount.CompensationAmountRule;
import kz.gov.rehab.compensation.decision.amount.CompensationRate;
import kz.gov.rehab.compensation.decision.amount.MonthlyCalculationIndex;
import kz.gov.rehab.compensation.programme.PayoutProgramme;
import org.junit.jupiter.api.Test;

/**
 * The home-schooling reimbursement's amount (DOMAIN.md §3 and §4): 8 MRP per child per month (the
 * commonly cited figure, to be confirmed against the current law), MRP 2026 = 4,325 KZT, and the
 * months of the period it is assigned for.
 */
class HomeSchoolingAmountRuleTest {

    static final PayoutProgramme HOME_SCHOOLING = PayoutProgramme.HOME_SCHOOLING_REIMBURSEMENT;

    /** The rows of migrations V2 (MRP) and V5 (the rate), as the service reads them. */
    static final CompensationAmountRule RULE = new CompensationAmountRule(
            List.of(new MonthlyCalculationIndex(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31), new BigDecimal("3932.00")),
                    new MonthlyCalculationIndex(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), new BigDecimal("4325.00"))),
            List.of(new CompensationRate(HOME_SCHOOLING, HomeSchoolingCase.RATE_CATEGORY, LocalDate.of(2026, 1, 1),
                    new BigDecimal("8"), null)));

    @Test
    void eightMrpPerChildPerMonth_2026_is34600() {
        AmountOutcome.Computed month = (AmountOutcome.Computed) RULE.amountFor(HOME_SCHOOLING,
                HomeSchoolingCase.RATE_CATEGORY, 1, LocalDate.of(2026, 1, 12));
        assertThat(month.amountKzt()).isEqualByComparingTo("34600.00");
        assertThat(month.perMonthKzt()).isEqualByComparingTo("34600.00");
        assertThat(month.mrpKzt()).isEqualByComparingTo("4325.00");
        assertThat(month.capped()).isFalse();
    }

    @Test
    void assignedAmountIsTheMonthlyInstalmentTimesTheMonthsOfThePeriod_noCap() {
        AmountOutcome.Computed fiveMonths = (AmountOutcome.Computed) RULE.amountFor(HOME_SCHOOLING,
                HomeSchoolingCase.RATE_CATEGORY, 5, LocalDate.of(2026, 1, 12));
        assertThat(fiveMonths.amountKzt()).isEqualByComparingTo("173000.00");
        assertThat(fiveMonths.perMonthKzt()).isEqualByComparingTo("34600.00");
        AmountOutcome.Computed schoolYear = (AmountOutcome.Computed) RULE.amountFor(HOME_SCHOOLING,
                HomeSchoolingCase.RATE_CATEGORY, 9, LocalDate.of(2026, 9, 1));
        assertThat(schoolYear.amountKzt()).isEqualByComparingTo("311400.00");
    }

    @Test
    void noRateBeforeItsEffectiveDate_noAmountInvented() {
        assertThat(RULE.amountFor(HOME_SCHOOLING, HomeSchoolingCase.RATE_CATEGORY, 3, LocalDate.of(2025, 12, 31)))
                .isInstanceOf(AmountOutcome.NotComputable.class);
    }

    @Test
    void periodIsTheConclusionsMonthsFromTheMonthOfFiling() {
        ReimbursementPeriod period = ReimbursementPeriod.of(LocalDate.of(2025, 9, 1), LocalDate.of(2026, 5, 31),
                LocalDate.of(2026, 1, 12), LocalDate.of(2012, 4, 1)).orElseThrow();
        assertThat(period.first()).isEqualTo(YearMonth.of(2026, 1));
        assertThat(period.last()).isEqualTo(YearMonth.of(2026, 5));
        assertThat(period.months()).isEqualTo(5);
        assertThat(period.eachMonth()).hasSize(5).startsWith(YearMonth.of(2026, 1)).endsWith(YearMonth.of(2026, 5));
    }

    @Test
    void periodEndsWithTheLastMonthThatBeginsWhileTheBeneficiaryIsAChild() {
        // 18 on 2026-03-15: March begins while the child is 17, April does not
        assertThat(ReimbursementPeriod.of(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), LocalDate.of(2026, 1, 5),
                LocalDate.of(2008, 3, 15)).orElseThrow().last()).isEqualTo(YearMonth.of(2026, 3));
        // 18 on 2026-03-01: February is the last month
        assertThat(ReimbursementPeriod.of(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), LocalDate.of(2026, 1, 5),
                LocalDate.of(2008, 3, 1)).orElseThrow().last()).isEqualTo(YearMonth.of(2026, 2));
    }

    @Test
    void noPeriodWhenTheConclusionEndedBeforeFilingOrTheChildIsOfAge() {
        assertThat(ReimbursementPeriod.of(LocalDate.of(2025, 9, 1), LocalDate.of(2025, 12, 31), LocalDate.of(2026, 1, 12),
                LocalDate.of(2012, 4, 1))).isEmpty();
        assertThat(ReimbursementPeriod.of(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 5, 31), LocalDate.of(2026, 1, 12),
                LocalDate.of(2007, 12, 1))).isEmpty();
    }
}

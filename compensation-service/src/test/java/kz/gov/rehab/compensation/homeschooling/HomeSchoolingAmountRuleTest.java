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
 * The home-schooling reimbursement's amount (docs/law.md §3 and §4): the rate its territory's
 * maslikhat decided, in MRP a month, from the decision's date (dated data, {@code home_schooling_rate});
 * the district's rate before the region's; no rate, no amount (never one invented national rate);
 * MRP 2026 = 4,325 KZT; the months of the period it is assigned for. The rates below are test data.
 */
class HomeSchoolingAmountRuleTest {

    static final PayoutProgramme HOME_SCHOOLING = PayoutProgramme.HOME_SCHOOLING_REIMBURSEMENT;
    /** Akmola region; Burabay district (a district of it); a settlement of that district; one of another district. */
    static final String AKMOLA = "110000000";
    static final String BURABAY = "112000000";
    static final String SHCHUCHINSK = "112030000";
    static final String KOKSHETAU = "111010000";

    static final CompensationAmountRule RULE = new CompensationAmountRule(
            List.of(new MonthlyCalculationIndex(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31), new BigDecimal("3932.00")),
                    new MonthlyCalculationIndex(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), new BigDecimal("4325.00"))),
            List.of(rate(AKMOLA, "2026-01-01", "6"), rate(AKMOLA, "2026-07-01", "4"), rate(BURABAY, "2026-03-01", "3")));

    private static CompensationRate rate(String territory, String from, String mrp) {
        return new CompensationRate(HOME_SCHOOLING, RateTerritory.category(territory), LocalDate.parse(from), new BigDecimal(mrp), null);
    }

    private static AmountOutcome amount(String settlement, int months, String filedOn) {
        return RULE.amountFor(HOME_SCHOOLING, RateTerritory.categoryOf(settlement), months, LocalDate.parse(filedOn));
    }

    @Test
    void regionsMaslikhatRateAppliesWhereTheDistrictHasNone_R() {
        AmountOutcome.Computed month = (AmountOutcome.Computed) amount(KOKSHETAU, 1, "2026-01-12");
        assertThat(month.perMonthKzt()).isEqualByComparingTo("25950.00");
        assertThat(month.mrpPerMonth()).isEqualByComparingTo("6");
        assertThat(month.capped()).isFalse();
    }

    @Test
    void districtsMaslikhatRateAppliesBeforeTheRegions_R() {
        // before the district's decision takes effect, the region's rate; from then on, the district's
        assertThat(((AmountOutcome.Computed) amount(SHCHUCHINSK, 1, "2026-02-27")).mrpPerMonth()).isEqualByComparingTo("6");
        AmountOutcome.Computed march = (AmountOutcome.Computed) amount(SHCHUCHINSK, 5, "2026-03-02");
        assertThat(march.mrpPerMonth()).isEqualByComparingTo("3");
        assertThat(march.perMonthKzt()).isEqualByComparingTo("12975.00");
        assertThat(march.amountKzt()).isEqualByComparingTo("64875.00");
    }

    @Test
    void aLaterDecisionReplacesTheRateFromItsDate_ratesAreDatedData() {
        assertThat(((AmountOutcome.Computed) amount(KOKSHETAU, 1, "2026-06-30")).mrpPerMonth()).isEqualByComparingTo("6");
        assertThat(((AmountOutcome.Computed) amount(KOKSHETAU, 1, "2026-07-01")).mrpPerMonth()).isEqualByComparingTo("4");
    }

    @Test
    void territoryWithoutARateGetsNoAmount_noNationalRateInvented_R() {
        assertThat(amount("751110000", 3, "2026-03-02")).isInstanceOf(AmountOutcome.NotComputable.class);
        assertThat(amount(null, 3, "2026-03-02")).isInstanceOf(AmountOutcome.NotComputable.class);
        assertThat(RULE.amountFor(HOME_SCHOOLING, HomeSchoolingCase.RATE_CATEGORY, 3, LocalDate.of(2026, 3, 2)))
                .isInstanceOf(AmountOutcome.NotComputable.class);
    }

    @Test
    void noRateBeforeItsEffectiveDate_noAmountInvented() {
        assertThat(amount(KOKSHETAU, 3, "2025-12-31")).isInstanceOf(AmountOutcome.NotComputable.class);
    }

    @Test
    void lookupOrderIsDistrictThenRegion() {
        assertThat(RateTerritory.lookupOrder(RateTerritory.categoryOf(SHCHUCHINSK)))
                .containsExactly(RateTerritory.category(BURABAY), RateTerritory.category(AKMOLA));
        assertThat(RateTerritory.lookupOrder(RateTerritory.categoryOf(AKMOLA))).containsExactly(RateTerritory.category(AKMOLA));
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

package kz.gov.rehab.compensation.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * R1: the report is submitted to the Ministry quarterly, within 10 calendar days after the reporting
 * period (the row of migration V6, as the service reads it).
 */
class ReportDeadlineTest {

    static final List<ReportDeadline> RULES = List.of(new ReportDeadline(LocalDate.of(2026, 4, 1), 10));

    static ReportDeadline rule(ReportingQuarter quarter) {
        return ReportDeadline.inForceFor(quarter, RULES).orElseThrow();
    }

    @Test
    void q1DueOn10April_R1() {
        ReportingQuarter q1 = ReportingQuarter.parse("2026-Q1");
        assertThat(rule(q1).dueDate(q1)).isEqualTo(LocalDate.of(2026, 4, 10));
    }

    @Test
    void compiledOnTheDueDateIsOnTime_onThe11thLate_R1() {
        ReportingQuarter q1 = ReportingQuarter.parse("2026-Q1");
        assertThat(rule(q1).late(q1, LocalDate.of(2026, 4, 1))).isFalse();
        assertThat(rule(q1).late(q1, LocalDate.of(2026, 4, 10))).isFalse();
        assertThat(rule(q1).late(q1, LocalDate.of(2026, 4, 11))).isTrue();
    }

    @Test
    void everyQuarterDueTenCalendarDaysAfterItsLastDay_R1() {
        assertThat(rule(new ReportingQuarter(2026, 2)).dueDate(new ReportingQuarter(2026, 2))).isEqualTo("2026-07-10");
        assertThat(rule(new ReportingQuarter(2026, 3)).dueDate(new ReportingQuarter(2026, 3))).isEqualTo("2026-10-10");
        assertThat(rule(new ReportingQuarter(2026, 4)).dueDate(new ReportingQuarter(2026, 4))).isEqualTo("2027-01-10");
    }

    @Test
    void noRuleBeforeItsEffectiveDate() {
        assertThat(ReportDeadline.inForceFor(new ReportingQuarter(2025, 4), RULES)).isEmpty();
    }

    @Test
    void quarterBoundsAndNotation() {
        ReportingQuarter q1 = ReportingQuarter.parse("2026-Q1");
        assertThat(q1.firstDay()).isEqualTo("2026-01-01");
        assertThat(q1.lastDay()).isEqualTo("2026-03-31");
        assertThat(q1.endExclusive().toInstant()).hasToString("2026-03-31T19:00:00Z");
        assertThat(q1).hasToString("2026-Q1");
        assertThatThrownBy(() -> ReportingQuarter.parse("2026-Q5")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ReportingQuarter.parse("2026Q1")).isInstanceOf(IllegalArgumentException.class);
    }
}

package kz.gov.rehab.compensation.decision;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import kz.gov.rehab.compensation.application.ApplicationStatus;
import kz.gov.rehab.compensation.decision.amount.AmountOutcome;
import org.junit.jupiter.api.Test;

class AssignmentPolicyTest {

    static final AmountOutcome AMOUNT = new AmountOutcome.Computed(new BigDecimal("77850.00"), new BigDecimal("4325"),
            LocalDate.of(2026, 1, 1), new BigDecimal("0.75"), new BigDecimal("100"), 24, false, LocalDate.of(1993, 4, 14));

    static AssignmentCase assignment(ApplicationStatus status, Optional<String> holder, String life, AmountOutcome amount,
            String grounds) {
        return new AssignmentCase(status, true, holder, life, null, amount, grounds);
    }

    @Test
    void allPoliciesAllowAClearCase() {
        assertThat(AssignmentPolicy.checkAll(assignment(ApplicationStatus.DATA_CHECKED, Optional.empty(), "ALIVE", AMOUNT, null)))
                .isInstanceOf(PolicyOutcome.Allowed.class);
    }

    @Test
    void secondCompensationOfAPersonIsRejectedWithReferenceToTheFirst_P3() {
        PolicyOutcome outcome = AssignmentPolicy.checkAll(
                assignment(ApplicationStatus.DATA_CHECKED, Optional.of("KOMP-2026-000001"), "ALIVE", AMOUNT, null));
        assertThat(outcome).isInstanceOfSatisfying(PolicyOutcome.Rejected.class, rejected -> {
            assertThat(rejected.refusalReason()).isEqualTo(RefusalReason.ALREADY_COMPENSATED);
            assertThat(rejected.detail()).contains("KOMP-2026-000001");
        });
    }

    @Test
    void deceasedBeforeAssignmentCannotBeAssigned() {
        assertThat(AssignmentPolicy.checkAll(assignment(ApplicationStatus.DATA_CHECKED, Optional.empty(), "DECEASED", AMOUNT, null)))
                .isInstanceOfSatisfying(PolicyOutcome.Rejected.class,
                        rejected -> assertThat(rejected.refusalReason()).isEqualTo(RefusalReason.APPLICANT_DECEASED));
    }

    @Test
    void noAmountInventedForACategoryWithoutRate_para4() {
        assertThat(AssignmentPolicy.checkAll(assignment(ApplicationStatus.AWAITING_DECISION, Optional.empty(), "ALIVE",
                new AmountOutcome.NotComputable("no rate"), "grounds"))).isInstanceOf(PolicyOutcome.Rejected.class);
    }

    @Test
    void paymentDeclaredInAnotherRepublicNeedsGrounds_P1() {
        assertThat(AssignmentPolicy.checkAll(assignment(ApplicationStatus.AWAITING_DECISION, Optional.empty(), "ALIVE", AMOUNT, " ")))
                .isInstanceOfSatisfying(PolicyOutcome.Rejected.class,
                        rejected -> assertThat(rejected.policy()).isEqualTo("GroundsForManualDecision"));
        assertThat(AssignmentPolicy.checkAll(assignment(ApplicationStatus.AWAITING_DECISION, Optional.empty(), "ALIVE", AMOUNT,
                "the other republic paid only the funeral allowance"))).isInstanceOf(PolicyOutcome.Allowed.class);
    }
}

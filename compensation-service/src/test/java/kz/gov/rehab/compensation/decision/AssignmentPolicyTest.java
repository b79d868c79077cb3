package kz.gov.rehab.compensation.decision;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import kz.gov.rehab.commons.egov.LifeStatus;
import kz.gov.rehab.compensation.application.ApplicationStatus;
import kz.gov.rehab.compensation.decision.amount.AmountOutcome;
import org.junit.jupiter.api.Test;

class AssignmentPolicyTest {

    static final AmountOutcome AMOUNT = new AmountOutcome.Computed(new BigDecimal("77850.00"), new BigDecimal("4325"),
            LocalDate.of(2026, 1, 1), new BigDecimal("0.75"), new BigDecimal("100"), 24, false, LocalDate.of(1993, 4, 14));

    static AssignmentCase assignment(ApplicationStatus status, Optional<String> holder, LifeStatus life, AmountOutcome amount,
            String grounds) {
        return new AssignmentCase(status, true, holder, life, null, amount, grounds);
    }

    @Test
    void allPoliciesAllowAClearCase() {
        assertThat(AssignmentPolicy.checkAll(assignment(ApplicationStatus.DATA_CHECKED, Optional.empty(), LifeStatus.ALIVE, AMOUNT, null)))
                .isInstanceOf(PolicyOutcome.Allowed.class);
    }

    @Test
    void secondCompensationOfAPersonIsRejectedWithReferenceToTheFirst_P3() {
        PolicyOutcome outcome = AssignmentPolicy.checkAll(
                assignment(ApplicationStatus.DATA_CHECKED, Optional.of("KOMP-2026-000001"), LifeStatus.ALIVE, AMOUNT, null));
        assertThat(outcome).isInstanceOfSatisfying(PolicyOutcome.Rejected.class, rejected -> {
            assertThat(rejected.refusalReason()).isEqualTo(RefusalReason.ALREADY_COMPENSATED);
            assertThat(rejected.detail()).contains("KOMP-2026-000001");
        });
    }

    @Test
    void paidBeforeTheSystemIsAlreadyCompensated_P3() {
        var paid = new kz.gov.rehab.commons.egov.CompensationPayment(LocalDate.of(2019, 6, 14), new BigDecimal("37875.00"),
                "State Corporation", "Decision No. 11-07/1934 of 2019-06-03");
        PolicyOutcome outcome = AssignmentPolicy.OnePaymentPerPerson.check(true, Optional.empty(), java.util.List.of(paid));
        assertThat(outcome).isInstanceOfSatisfying(PolicyOutcome.Rejected.class, rejected -> {
            assertThat(rejected.refusalReason()).isEqualTo(RefusalReason.ALREADY_COMPENSATED);
            assertThat(rejected.detail()).contains("2019-06-14").contains("before this system");
        });
        // a programme that is not paid once per person is not concerned
        assertThat(AssignmentPolicy.OnePaymentPerPerson.check(false, Optional.empty(), java.util.List.of(paid)))
                .isInstanceOf(PolicyOutcome.Allowed.class);
    }

    @Test
    void referenceNotInTheRegisterIsRefusedOnThatGround_P1() {
        AssignmentCase unregistered = new AssignmentCase(ApplicationStatus.AWAITING_DECISION, true, Optional.empty(),
                java.util.List.of(), Optional.of(false), LifeStatus.ALIVE, null, new AmountOutcome.MonthsNotCounted(0), "checked", Optional.empty());
        assertThat(AssignmentPolicy.checkAll(unregistered)).isInstanceOfSatisfying(PolicyOutcome.Rejected.class,
                rejected -> assertThat(rejected.refusalReason()).isEqualTo(RefusalReason.REFERENCE_NOT_IN_REGISTER));
    }

    @Test
    void aReferenceWithoutMonthsGivesNoRight_para4() {
        AssignmentCase none = new AssignmentCase(ApplicationStatus.AWAITING_DECISION, true, Optional.empty(),
                java.util.List.of(), Optional.of(true), LifeStatus.ALIVE, null, new AmountOutcome.MonthsNotCounted(0), "checked", Optional.empty());
        assertThat(AssignmentPolicy.checkAll(none)).isInstanceOfSatisfying(PolicyOutcome.Rejected.class,
                rejected -> assertThat(rejected.refusalReason()).isEqualTo(RefusalReason.NOT_ENTITLED));
    }

    @Test
    void deceasedBeforeAssignmentCannotBeAssigned() {
        assertThat(AssignmentPolicy.checkAll(assignment(ApplicationStatus.DATA_CHECKED, Optional.empty(), LifeStatus.DECEASED, AMOUNT, null)))
                .isInstanceOfSatisfying(PolicyOutcome.Rejected.class,
                        rejected -> assertThat(rejected.refusalReason()).isEqualTo(RefusalReason.APPLICANT_DECEASED));
    }

    @Test
    void noAmountInventedForACategoryWithoutRate_para4() {
        assertThat(AssignmentPolicy.checkAll(assignment(ApplicationStatus.AWAITING_DECISION, Optional.empty(), LifeStatus.ALIVE,
                new AmountOutcome.NotComputable("no rate"), "grounds"))).isInstanceOf(PolicyOutcome.Rejected.class);
    }

    @Test
    void paymentDeclaredInAnotherRepublicNeedsGrounds_P1() {
        assertThat(AssignmentPolicy.checkAll(assignment(ApplicationStatus.AWAITING_DECISION, Optional.empty(), LifeStatus.ALIVE, AMOUNT, " ")))
                .isInstanceOfSatisfying(PolicyOutcome.Rejected.class,
                        rejected -> assertThat(rejected.policy()).isEqualTo("GroundsForManualDecision"));
        assertThat(AssignmentPolicy.checkAll(assignment(ApplicationStatus.AWAITING_DECISION, Optional.empty(), LifeStatus.ALIVE, AMOUNT,
                "the other republic paid only the funeral allowance"))).isInstanceOf(PolicyOutcome.Allowed.class);
    }
}

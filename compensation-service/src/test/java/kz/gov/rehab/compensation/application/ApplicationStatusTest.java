package kz.gov.rehab.compensation.application;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ApplicationStatusTest {

    @Test
    void refusedAndPaidAreFinal() {
        for (ApplicationStatus next : ApplicationStatus.values()) {
            assertThat(ApplicationStatus.REFUSED.canMoveTo(next)).isFalse();
            assertThat(ApplicationStatus.PAID.canMoveTo(next)).isFalse();
        }
    }

    @Test
    void onlyAnAssignedCompensationGoesToPayout_andAFailedOneIsReissued() {
        assertThat(ApplicationStatus.ASSIGNED.canMoveTo(ApplicationStatus.IN_PAYOUT)).isTrue();
        assertThat(ApplicationStatus.DATA_CHECKED.canMoveTo(ApplicationStatus.IN_PAYOUT)).isFalse();
        assertThat(ApplicationStatus.PAYMENT_FAILED.canMoveTo(ApplicationStatus.ASSIGNED)).isTrue();
        assertThat(ApplicationStatus.IN_PAYOUT.canMoveTo(ApplicationStatus.PAID)).isTrue();
    }

    @Test
    void theDatabaseIndexListsTheStatesThatHoldTheCompensation_P3() {
        assertThat(ApplicationStatus.HOLDS_COMPENSATION).containsExactlyInAnyOrder(ApplicationStatus.ASSIGNED,
                ApplicationStatus.IN_PAYOUT, ApplicationStatus.PAYMENT_FAILED, ApplicationStatus.PAID);
    }

    @Test
    void aMoveTheStateMachineRefusesIsA409NamingTheState_notA500() {
        CompensationApplication application = new CompensationApplication();
        application.status = ApplicationStatus.PAID;
        // e.g. a second bank statement that read the payment before the first one committed
        TransitionNotAllowed refused = org.junit.jupiter.api.Assertions.assertThrows(TransitionNotAllowed.class,
                () -> application.moveTo(ApplicationStatus.PAID, "record the payment", java.time.Instant.EPOCH));
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.extensions()).containsEntry("currentState", "PAID");
    }
}

package kz.gov.rehab.compensation.application;

import static org.assertj.core.api.Assertions.assertThat;

import kz.gov.rehab.commons.problem.ProblemExceptionMappers;
import kz.gov.rehab.commons.refusal.TransitionNotAllowed;
import org.junit.jupiter.api.Test;

class ApplicationStatusTest {

    @Test
    void refusedAndPaidAreFinal() {
        for (ApplicationStatus next : ApplicationStatus.values()) {
            assertThat(ApplicationStatus.MOVES.canMove(ApplicationStatus.REFUSED, next)).isFalse();
            assertThat(ApplicationStatus.MOVES.canMove(ApplicationStatus.PAID, next)).isFalse();
        }
    }

    @Test
    void theDecisionIsTakenFromTheCheckedStatesOnly_andWaitingForTheMrpLeadsBackToTheChecks() {
        assertThat(ApplicationStatus.MOVES.nextFrom(ApplicationStatus.SUBMITTED)).containsExactlyInAnyOrder(
                ApplicationStatus.DATA_CHECKED, ApplicationStatus.DATA_MISMATCH, ApplicationStatus.AWAITING_DECISION,
                ApplicationStatus.AWAITING_MRP, ApplicationStatus.REFUSED);
        assertThat(ApplicationStatus.MOVES.nextFrom(ApplicationStatus.AWAITING_MRP)).containsExactlyInAnyOrder(
                ApplicationStatus.DATA_CHECKED, ApplicationStatus.DATA_MISMATCH, ApplicationStatus.AWAITING_DECISION,
                ApplicationStatus.REFUSED);
        assertThat(ApplicationStatus.MOVES.sourcesOf(ApplicationStatus.ASSIGNED)).containsExactlyInAnyOrder(
                ApplicationStatus.DATA_CHECKED, ApplicationStatus.DATA_MISMATCH, ApplicationStatus.AWAITING_DECISION,
                ApplicationStatus.PAYMENT_FAILED);
        assertThat(ApplicationStatus.MOVES.nextFrom(ApplicationStatus.AWAITING_DECISION)).containsExactlyInAnyOrder(
                ApplicationStatus.ASSIGNED, ApplicationStatus.REFUSED);
    }

    @Test
    void onlyAnAssignedCompensationGoesToPayout_andAFailedOneIsReissued() {
        assertThat(ApplicationStatus.MOVES.canMove(ApplicationStatus.ASSIGNED, ApplicationStatus.IN_PAYOUT)).isTrue();
        assertThat(ApplicationStatus.MOVES.canMove(ApplicationStatus.DATA_CHECKED, ApplicationStatus.IN_PAYOUT)).isFalse();
        assertThat(ApplicationStatus.MOVES.canMove(ApplicationStatus.PAYMENT_FAILED, ApplicationStatus.ASSIGNED)).isTrue();
        assertThat(ApplicationStatus.MOVES.canMove(ApplicationStatus.IN_PAYOUT, ApplicationStatus.PAID)).isTrue();
    }

    @Test
    void theDatabaseIndexListsTheStatesThatHoldTheCompensation_P3() throws java.io.IOException {
        // The unique index that keeps one compensation per person lists, in SQL, the states the code
        // calls HOLDS_COMPENSATION: the two must name the same states.
        String migration;
        try (var in = getClass().getResourceAsStream("/db/migration/V3__applications.sql")) {
            migration = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        var index = java.util.regex.Pattern.compile(
                "CREATE UNIQUE INDEX one_repression_compensation_per_person[^;]*status IN \\(([^)]*)\\)").matcher(migration);
        assertThat(index.find()).as("the index one_repression_compensation_per_person in V3").isTrue();
        java.util.Set<ApplicationStatus> indexed = java.util.Arrays.stream(index.group(1).split(","))
                .map(s -> ApplicationStatus.valueOf(s.trim().replace("'", ""))).collect(java.util.stream.Collectors.toSet());
        assertThat(indexed).isEqualTo(ApplicationStatus.HOLDS_COMPENSATION);
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
        assertThat(ProblemExceptionMappers.status(refused)).isEqualTo(409);
        assertThat(refused.extensions()).containsEntry("currentState", "PAID");
    }
}

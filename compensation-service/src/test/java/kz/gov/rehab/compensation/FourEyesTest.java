package kz.gov.rehab.compensation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import kz.gov.rehab.commons.problem.ProblemExceptionMappers;
import kz.gov.rehab.commons.refusal.NotPermitted;
import kz.gov.rehab.compensation.payout.BatchStatus;
import org.junit.jupiter.api.Test;

/** The paying organisation's four-eyes rule: the maker of an entry does not confirm it. */
class FourEyesTest {

    @Test
    void theMakerCannotConfirmTheirOwnEntry() {
        assertThatThrownBy(() -> FourEyes.requireAnotherUser("maker", "maker", "Batch PB-2026-000001", BatchStatus.ASSEMBLED))
                .isInstanceOfSatisfying(NotPermitted.class, refused -> {
                    assertThat(ProblemExceptionMappers.status(refused)).isEqualTo(403);
                    assertThat(refused.extensions()).containsEntry("currentState", "ASSEMBLED");
                    assertThat(refused.getMessage()).contains("another user must confirm it");
                });
    }

    @Test
    void anotherUserConfirms() {
        assertThatCode(() -> FourEyes.requireAnotherUser("maker", "checker", "MRP from 2027-01-01")).doesNotThrowAnyException();
    }
}

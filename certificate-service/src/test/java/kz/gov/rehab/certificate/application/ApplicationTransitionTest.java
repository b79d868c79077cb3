package kz.gov.rehab.certificate.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import kz.gov.rehab.commons.refusal.TransitionNotAllowed;
import org.junit.jupiter.api.Test;

/** The application state machine, pinned to the paragraphs that shape it. */
class ApplicationTransitionTest {

    @Test
    void refusalRequiresHearing_para12() {
        assertEquals(EnumSet.of(ApplicationStatus.HEARING_HELD), ApplicationTransition.REFUSE.from());
        for (ApplicationStatus status : ApplicationStatus.values()) {
            if (status != ApplicationStatus.HEARING_HELD) {
                TransitionNotAllowed refused = assertThrows(TransitionNotAllowed.class,
                        () -> ApplicationTransition.REFUSE.apply(status));
                assertEquals(status.name(), refused.currentState());
                assertTrue(refused.getMessage().contains(status.name()), "the refusal names the current state");
            }
        }
    }

    @Test
    void preliminaryRefusalLeadsToAHearing_para12() {
        assertEquals(ApplicationStatus.HEARING_SCHEDULED, ApplicationTransition.RECORD_PRELIMINARY_REFUSAL.apply(ApplicationStatus.UNDER_REVIEW));
        assertEquals(ApplicationStatus.HEARING_HELD, ApplicationTransition.RECORD_HEARING.apply(ApplicationStatus.HEARING_SCHEDULED));
        assertEquals(ApplicationStatus.REFUSED, ApplicationTransition.REFUSE.apply(ApplicationStatus.HEARING_HELD));
    }

    @Test
    void issueAfterReviewOrAfterHearing_item7() {
        assertEquals(ApplicationStatus.ISSUED, ApplicationTransition.ISSUE.apply(ApplicationStatus.UNDER_REVIEW));
        assertEquals(ApplicationStatus.ISSUED, ApplicationTransition.ISSUE.apply(ApplicationStatus.HEARING_HELD));
        assertFalse(ApplicationTransition.ISSUE.allowedFrom(ApplicationStatus.HEARING_SCHEDULED));
        assertFalse(ApplicationTransition.ISSUE.allowedFrom(ApplicationStatus.REFUSED_AT_INTAKE));
    }

    @Test
    void onlyAResultIsHandedOut() {
        assertEquals(EnumSet.of(ApplicationStatus.ISSUED, ApplicationStatus.REFUSED), ApplicationTransition.HAND_OUT.from());
    }

    @Test
    void refusedAtIntakeAndHandedOutAreFinal_item3() {
        for (ApplicationTransition transition : ApplicationTransition.values()) {
            assertFalse(transition.allowedFrom(ApplicationStatus.REFUSED_AT_INTAKE), transition.name());
            assertFalse(transition.allowedFrom(ApplicationStatus.HANDED_OUT), transition.name());
        }
    }
}

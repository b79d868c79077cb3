package kz.gov.rehab.commons.state;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import kz.gov.rehab.commons.problem.ProblemExceptionMappers;
import kz.gov.rehab.commons.refusal.TransitionNotAllowed;
import org.junit.jupiter.api.Test;

class TransitionsTest {

    enum Door {
        OPEN, CLOSED, LOCKED
    }

    static final Transitions<Door> DOOR = Transitions.of(Door.class, "door")
            .from(Door.OPEN).to(Door.CLOSED)
            .from(Door.CLOSED).to(Door.OPEN)
            .from(Door.CLOSED).to(Door.LOCKED)
            .build();

    @Test
    void aWrittenMoveIsAllowedAndLeadsToItsTarget() {
        assertTrue(DOOR.canMove(Door.CLOSED, Door.LOCKED));
        assertEquals(Door.CLOSED, DOOR.move(Door.OPEN, Door.CLOSED, "Closing"));
        assertEquals(EnumSet.of(Door.OPEN, Door.LOCKED), DOOR.nextFrom(Door.CLOSED));
        assertEquals(EnumSet.of(Door.CLOSED), DOOR.sourcesOf(Door.OPEN));
    }

    @Test
    void aMoveNotWrittenIsA409NamingTheCurrentState() {
        assertFalse(DOOR.canMove(Door.OPEN, Door.LOCKED));
        assertFalse(DOOR.canMove(Door.OPEN, Door.OPEN), "staying is not a move unless written");
        TransitionNotAllowed refused = assertThrows(TransitionNotAllowed.class, () -> DOOR.move(Door.OPEN, Door.LOCKED, "Locking"));
        assertEquals(409, ProblemExceptionMappers.status(refused));
        assertEquals("OPEN", refused.currentState());
        assertEquals("OPEN", refused.extensions().get("currentState"));
        assertTrue(refused.getMessage().contains("Locking is not allowed while the door is OPEN"), refused.getMessage());
    }

    @Test
    void aStateWithoutRowsIsFinal() {
        Transitions<Door> oneWay = Transitions.of(Door.class, "door").from(Door.OPEN, Door.CLOSED).to(Door.LOCKED).build();
        assertTrue(oneWay.nextFrom(Door.LOCKED).isEmpty());
        for (Door next : Door.values()) {
            assertFalse(oneWay.canMove(Door.LOCKED, next));
        }
        assertEquals(EnumSet.of(Door.OPEN, Door.CLOSED), oneWay.sourcesOf(Door.LOCKED));
    }
}

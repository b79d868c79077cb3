package kz.gov.rehab.certificate.queue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.EnumSet;
import java.util.Set;
import kz.gov.rehab.certificate.queue.QueueTicket.Status;
import org.junit.jupiter.api.Test;

/**
 * The ticket of the electronic queue (standard item 9, items 5.2 and 5.3): a booked slot is checked
 * in on arrival, a waiting ticket called to a window, a called one served by the intake naming it,
 * and nothing else.
 */
class QueueTicketTest {

    @Test
    void aBookedSlotIsCheckedInThenCalledThenServed_item9() {
        QueueTicket ticket = ticket(Status.BOOKED);
        ticket.moveTo(Status.WAITING, "arrival");
        ticket.moveTo(Status.CALLED, "call");
        ticket.moveTo(Status.SERVED, "intake");
        assertEquals(Status.SERVED, ticket.status);
    }

    @Test
    void eachStateLeadsOnlyToTheNext_item9() {
        assertEquals(Set.of(Status.WAITING), Status.MOVES.nextFrom(Status.BOOKED));
        assertEquals(Set.of(Status.CALLED), Status.MOVES.nextFrom(Status.WAITING));
        assertEquals(Set.of(Status.SERVED), Status.MOVES.nextFrom(Status.CALLED));
        assertEquals(EnumSet.noneOf(Status.class), Status.MOVES.nextFrom(Status.SERVED));
    }

    @Test
    void aServedTicketIsNotServedTwice_item5_3() {
        QueueTicket ticket = ticket(Status.SERVED);
        TicketNotServableException refused = assertThrows(TicketNotServableException.class,
                () -> ticket.moveTo(Status.SERVED, "an intake names a ticket called to a window and not yet served"));
        assertEquals(422, kz.gov.rehab.commons.problem.ProblemExceptionMappers.status(refused));
        assertEquals("SERVED", refused.extensions().get("ticketStatus"));
        assertEquals("ASTANA-01-20261207-W0017", refused.extensions().get("ticket"));
        assertEquals(Status.SERVED, ticket.status);
    }

    @Test
    void aWalkInTicketIsNotCheckedInAsABooking_item9() {
        QueueTicket ticket = ticket(Status.WAITING);
        assertThrows(TicketNotServableException.class, () -> ticket.requireMove(Status.WAITING, "only a booked slot is checked in on arrival"));
        assertEquals(Status.WAITING, ticket.status);
    }

    private static QueueTicket ticket(Status status) {
        QueueTicket ticket = new QueueTicket();
        ticket.number = "ASTANA-01-20261207-W0017";
        ticket.status = status;
        return ticket;
    }
}

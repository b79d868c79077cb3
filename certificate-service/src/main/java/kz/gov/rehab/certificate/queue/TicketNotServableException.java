package kz.gov.rehab.certificate.queue;

import kz.gov.rehab.commons.problem.ProblemException;

/** A ticket that cannot be used for what was asked in its present state (422, naming the state). */
public class TicketNotServableException extends ProblemException {

    public TicketNotServableException(String number, QueueTicket.Status status, String expected) {
        super(422, "ticket-not-servable", "The ticket cannot be used for this",
                "Ticket " + number + " is " + status + "; " + expected);
        with("ticket", number);
        with("ticketStatus", status.name());
    }
}

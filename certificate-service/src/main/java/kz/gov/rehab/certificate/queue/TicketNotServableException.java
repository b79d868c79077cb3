package kz.gov.rehab.certificate.queue;

import kz.gov.rehab.commons.refusal.RuleBroken;


/** A ticket that cannot be used for what was asked in its present state (a rule broken, naming the state). */
public class TicketNotServableException extends RuleBroken {

    public TicketNotServableException(String number, QueueTicket.Status status, String expected) {
        super("ticket-not-servable", "The ticket cannot be used for this",
                "Ticket " + number + " is " + status + "; " + expected);
        with("ticket", number);
        with("ticketStatus", status.name());
    }
}

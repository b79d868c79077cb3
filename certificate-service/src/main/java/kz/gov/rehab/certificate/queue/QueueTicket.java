package kz.gov.rehab.certificate.queue;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;
import kz.gov.rehab.commons.state.Transitions;

/**
 * A ticket of the electronic queue (standard item 9): taken at the branch, or a slot booked through
 * the portal. It joins the queue when taken, or, when booked, at the later of the slot and the
 * arrival ({@code queuedAt}): booking is a convenience, not a fast-track. The wait runs from then to
 * the call (item 5.2), the service from the call to the receipt (item 5.3).
 */
@Entity
@Table(name = "queue_ticket")
public class QueueTicket extends PanacheEntityBase {

    public enum Channel {
        /** Taken at the branch. */
        WALK_IN,
        /** A slot booked through the "digital government" portal. */
        BOOKED
    }

    /**
     * Where a ticket is: a booked slot waits for the arrival, a waiting ticket for the call to a
     * window, a called one for the intake that names it. A ticket taken at the branch starts WAITING.
     */
    public enum Status {
        BOOKED,
        WAITING,
        CALLED,
        SERVED;

        /** The state machine of a ticket: checked in on arrival, called, served by an intake. */
        public static final Transitions<Status> MOVES = Transitions.of(Status.class, "ticket")
                .from(BOOKED).to(WAITING)
                .from(WAITING).to(CALLED)
                .from(CALLED).to(SERVED)
                .build();
    }

    @Id
    public UUID id;

    @Column(nullable = false, unique = true)
    public String number;

    @Column(name = "branch_number", nullable = false)
    public String branchNumber;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Channel channel;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;

    @Column(name = "slot_at")
    public OffsetDateTime slotAt;

    @Column(name = "taken_at", nullable = false)
    public OffsetDateTime takenAt;

    @Column(name = "queued_at")
    public OffsetDateTime queuedAt;

    @Column(name = "called_at")
    public OffsetDateTime calledAt;

    @Column(name = "service_window")
    public String window;

    @Column(name = "served_at")
    public OffsetDateTime servedAt;

    @Column(name = "application_number")
    public String applicationNumber;

    @Column(name = "wait_seconds")
    public Long waitSeconds;

    @Column(name = "service_seconds")
    public Long serviceSeconds;

    @Column(name = "wait_breach", nullable = false)
    public boolean waitBreach;

    @Column(name = "service_breach", nullable = false)
    public boolean serviceBreach;

    @Version
    public long version;

    /**
     * Moves to {@code next} if the ticket's state machine allows it, or refuses with
     * {@link TicketNotServableException} (422, naming the state) and {@code expected}, what the move needs.
     */
    public void moveTo(Status next, String expected) {
        requireMove(next, expected);
        status = next;
    }

    /** Refuses as {@link #moveTo} does when the state machine does not allow the move to {@code next}. */
    public void requireMove(Status next, String expected) {
        if (!Status.MOVES.canMove(status, next)) {
            throw new TicketNotServableException(number, status, expected);
        }
    }

    public static Optional<QueueTicket> byNumber(String number) {
        return find("number", number).firstResultOptional();
    }
}

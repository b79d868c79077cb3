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

    public enum Status {
        BOOKED,
        WAITING,
        CALLED,
        SERVED
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

    public static Optional<QueueTicket> byNumber(String number) {
        return find("number", number).firstResultOptional();
    }
}

package kz.gov.rehab.certificate.complaint;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.UUID;
import kz.gov.rehab.commons.state.Transitions;

/**
 * A complaint of an applicant who disagrees with the result (C10, para 18), addressed to the
 * authorised body for assessing and controlling the quality of public services, which decides it.
 */
@Entity
@Table(name = "complaint")
public class Complaint extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "application_id", nullable = false)
    public UUID applicationId;

    @Column(name = "filed_at", nullable = false)
    public OffsetDateTime filedAt;

    @Column(name = "filed_by", nullable = false)
    public String filedBy;

    @Column(nullable = false)
    public String text;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;

    @Enumerated(EnumType.STRING)
    public Outcome outcome;

    @Column(name = "outcome_reason")
    public String outcomeReason;

    @Column(name = "decided_at")
    public OffsetDateTime decidedAt;

    @Column(name = "decided_by")
    public String decidedBy;

    @Version
    public long version;

    public enum Status {
        FILED,
        DECIDED;

        /** The state machine: a filed complaint is decided once. */
        public static final Transitions<Status> MOVES = Transitions.of(Status.class, "complaint")
                .from(FILED).to(DECIDED)
                .build();
    }

    public enum Outcome {
        /** The complaint is justified: the provider must remedy the result. */
        UPHELD,
        /** The result stands. */
        REJECTED
    }
}

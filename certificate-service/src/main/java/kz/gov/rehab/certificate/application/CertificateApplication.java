package kz.gov.rehab.certificate.application;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Parameters;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import kz.gov.rehab.commons.person.Iin;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.Mutability;
import org.hibernate.type.descriptor.java.Immutability;
import org.hibernate.type.SqlTypes;

/**
 * An application for a certificate or a duplicate (C1), from intake to hand-out. Intake gives it its
 * first status (accepted, or refused at intake); every later change goes through
 * {@link #apply(ApplicationTransition)}. Concurrent changes are caught by the {@code version}
 * (optimistic locking).
 */
@Entity
@Table(name = "certificate_application")
public class CertificateApplication extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(nullable = false, unique = true)
    public String number;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public RequestedResult requested;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ApplicationStatus status;

    @Column(name = "applicant_iin", nullable = false)
    public Iin applicantIin;

    @Column(name = "representative_iin")
    public Iin representativeIin;

    @Column(name = "branch_number", nullable = false)
    public String branchNumber;

    @Column(name = "akimat_code")
    public String akimatCode;

    @Column(name = "akimat_name")
    public String akimatName;

    @Column(name = "submitted_at", nullable = false)
    public OffsetDateTime submittedAt;

    @Column(name = "ready_date")
    public LocalDate readyDate;

    /** The ready date was counted through a provisional year of the working-day calendar. */
    @Column(name = "ready_date_provisional", nullable = false)
    public boolean readyDateProvisional;

    @Enumerated(EnumType.STRING)
    public Decision decision;

    @Enumerated(EnumType.STRING)
    @Column(name = "refusal_ground")
    public RefusalGround refusalGround;

    @Column(name = "refusal_reason")
    public String refusalReason;

    @Column(name = "handed_out_on")
    public LocalDate handedOutOn;

    /*
     * The four facts of the intake below are written once, when the application is taken, and never
     * changed in place (a new value would be assigned). They are therefore @Mutability(Immutability):
     * Hibernate keeps the values it is given instead of copying each through JSON for its dirty check,
     * which took 3.4 % of the service's CPU on the submit path (docs/benchmarks.md, 2026-12-02).
     */

    /** What the registries said about the applicant (and representative) when the application was taken. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Mutability(Immutability.class)
    @Column(name = "registry_snapshot", nullable = false)
    public RegistrySnapshot registrySnapshot;

    /**
     * What the registries and the certificate records said against the application, for the
     * akimat's review (item 11): code, detail and the item-11 ground it may bear on. Empty for a
     * refusal at intake and when nothing was found.
     */
    @JdbcTypeCode(SqlTypes.JSON)
    @Mutability(Immutability.class)
    @Column(name = "review_findings", nullable = false)
    public List<Map<String, Object>> reviewFindings = List.of();

    /** What was presented at the counter: documents, consent, the accepting employee. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Mutability(Immutability.class)
    @Column(nullable = false)
    public Map<String, Object> intake;

    /** The receipt given at the counter: acceptance (C4) or refusal to accept (C3). */
    @JdbcTypeCode(SqlTypes.JSON)
    @Mutability(Immutability.class)
    @Column(nullable = false)
    public Map<String, Object> receipt;

    @Version
    public long version;

    /** Moves to the status the transition leads to, or throws naming the current status. */
    public void apply(ApplicationTransition transition) {
        status = transition.apply(status);
    }

    /** The states in which the akimat still owes its decision: past the ready date such an application is overdue. */
    public static final Set<ApplicationStatus> AWAITING_DECISION = EnumSet.of(ApplicationStatus.UNDER_REVIEW,
            ApplicationStatus.HEARING_SCHEDULED, ApplicationStatus.HEARING_HELD);

    public boolean overdueOn(LocalDate today) {
        return readyDate != null && today.isAfter(readyDate) && AWAITING_DECISION.contains(status);
    }

    /**
     * The akimat's work list, optionally of one status and only the overdue (or only the not overdue)
     * ones as {@link #overdueOn} counts them, by ready date and then by number (unique, so pages never overlap).
     */
    public static PanacheQuery<CertificateApplication> workList(String akimat, ApplicationStatus status, Boolean overdue,
            LocalDate today) {
        StringBuilder where = new StringBuilder("akimatCode = :akimat");
        Parameters parameters = Parameters.with("akimat", akimat);
        if (status != null) {
            where.append(" and status = :status");
            parameters.and("status", status);
        }
        if (overdue != null) {
            where.append(overdue ? " and readyDate < :today and status in :awaiting"
                    : " and (readyDate is null or readyDate >= :today or status not in :awaiting)");
            parameters.and("today", today).and("awaiting", AWAITING_DECISION);
        }
        return find(where + " order by readyDate, number", parameters);
    }

    /** The applicant's name as the registry snapshot gives it ({@link RegistrySnapshot#applicantName()}). */
    public String applicantName() {
        return registrySnapshot.applicantName();
    }

    public static CertificateApplication findByNumber(String number) {
        return find("number", number).firstResult();
    }

    /** The result the akimat decided on. */
    public enum Decision {
        ISSUED,
        REFUSED
    }
}

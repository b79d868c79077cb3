package kz.gov.rehab.compensation.application;

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
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import kz.gov.rehab.commons.egov.IdentityDocumentType;
import kz.gov.rehab.commons.person.Iin;
import kz.gov.rehab.compensation.decision.RefusalReason;
import kz.gov.rehab.compensation.decision.amount.AmountOutcome;
import kz.gov.rehab.compensation.homeschooling.HomeSchoolingCase;
import kz.gov.rehab.compensation.programme.PayoutProgramme;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** An application for a payout of a programme, from the Appendix 1 form to payment (P1–P3). */
@Entity
@Table(name = "compensation_application")
public class CompensationApplication extends PanacheEntityBase {

    @Id
    public UUID id;
    public String number;
    @Enumerated(EnumType.STRING)
    public PayoutProgramme programme;
    public Iin iin;
    @Enumerated(EnumType.STRING)
    public ApplicationStatus status;

    public String surname;
    @Column(name = "first_name")
    public String firstName;
    public String patronymic;
    @Column(name = "birth_date")
    public LocalDate birthDate;
    public String address;
    @Enumerated(EnumType.STRING)
    @Column(name = "id_document_type")
    public IdentityDocumentType idDocumentType;
    @Column(name = "id_document_series")
    public String idDocumentSeries;
    @Column(name = "id_document_number")
    public String idDocumentNumber;
    @Column(name = "id_document_issuer")
    public String idDocumentIssuer;
    public String iban;
    @Column(name = "bank_on_form")
    public String bankOnForm;
    @Column(name = "bank_code")
    public String bankCode;
    @Column(name = "bank_bic")
    public String bankBic;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "received_benefits")
    public Set<ReceivedBenefit> receivedBenefits;
    @Column(name = "received_in_other_republic")
    public boolean receivedInOtherRepublic;
    @Column(name = "other_republic_grounds")
    public String otherRepublicGrounds;
    @Column(name = "reference_number")
    public String referenceNumber;
    @Column(name = "reference_date")
    public LocalDate referenceDate;
    @Column(name = "consent_personal_data")
    public boolean consentPersonalData;
    @Column(name = "consent_protected_secrets")
    public boolean consentProtectedSecrets;
    @Column(name = "application_date")
    public LocalDate applicationDate;
    @Column(name = "accepted_on")
    public LocalDate acceptedOn;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "accepted_by")
    public Specialist acceptedBy;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "registry_snapshot")
    public RegistrySnapshot registrySnapshot;
    @JdbcTypeCode(SqlTypes.JSON)
    public List<FieldMismatch> mismatches;
    @Column(name = "rehabilitation_months")
    public Integer rehabilitationMonths;
    @Column(name = "rehabilitation_category")
    public String rehabilitationCategory;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "pending_reasons")
    public List<String> pendingReasons;

    @Column(name = "amount_kzt")
    public BigDecimal amountKzt;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "amount_basis")
    public AmountOutcome.Computed amountBasis;
    @Column(name = "decided_by")
    public String decidedBy;
    @Column(name = "decided_at")
    public Instant decidedAt;
    @Column(name = "decision_grounds")
    public String decisionGrounds;
    @Enumerated(EnumType.STRING)
    @Column(name = "refusal_reason")
    public RefusalReason refusalReason;
    @Column(name = "refusal_detail")
    public String refusalDetail;
    @Column(name = "submitted_by")
    public String submittedBy;
    /** Code of the territorial subdivision that accepted the application (the officer's organisation). */
    public String subdivision;
    /** Home-schooling reimbursement: the child (the beneficiary), the disability, the conclusion. */
    @Column(name = "child_iin")
    public Iin childIin;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "home_schooling")
    public HomeSchoolingCase homeSchooling;
    /** A periodic programme: first and last month assigned (first day of each month). */
    @Column(name = "period_from")
    public LocalDate periodFrom;
    @Column(name = "period_to")
    public LocalDate periodTo;
    /** A periodic programme: the amount of one monthly instalment. */
    @Column(name = "instalment_kzt")
    public BigDecimal instalmentKzt;
    /** The region the award is reported in (KATO code and name from the address register). */
    @Column(name = "region_kato")
    public String regionKato;
    @Column(name = "region_name")
    public String regionName;
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "updated_at")
    public Instant updatedAt;
    @Version
    public long version;

    /** The filing date: the day the application was accepted, which fixes the MRP used (P4). */
    public LocalDate filedOn() {
        return acceptedOn;
    }

    /**
     * The category of the programme's rate: from the rehabilitation reference, or, for home schooling,
     * the territory whose maslikhat's rate applies (HomeSchoolingCase.rateCategory).
     */
    public String rateCategory() {
        return programme == PayoutProgramme.HOME_SCHOOLING_REIMBURSEMENT ? HomeSchoolingCase.rateCategory(homeSchooling, regionKato)
                : rehabilitationCategory;
    }

    /** The months the rate is multiplied by: months of repression, or the months of the assigned period. */
    public int monthsCounted() {
        if (programme.periodic()) {
            return (int) java.time.temporal.ChronoUnit.MONTHS.between(periodFrom, periodTo) + 1;
        }
        return rehabilitationMonths == null ? 0 : rehabilitationMonths;
    }

    /** Moves to {@code next} if the state machine allows it, or throws naming the current state. */
    public void moveTo(ApplicationStatus next, String attempted, Instant at) {
        status = ApplicationStatus.MOVES.move(status, next, attempted);
        updatedAt = at;
    }

    public void assign(AmountOutcome.Computed amount, String officer, String grounds, Instant at) {
        moveTo(ApplicationStatus.ASSIGNED, "assign the compensation", at);
        amountKzt = amount.amountKzt();
        if (programme.periodic()) {
            instalmentKzt = amount.perMonthKzt();
        }
        amountBasis = amount;
        decidedBy = officer;
        decidedAt = at;
        decisionGrounds = grounds;
    }

    public void refuse(RefusalReason reason, String detail, String officer, Instant at) {
        moveTo(ApplicationStatus.REFUSED, "refuse the compensation", at);
        refusalReason = reason;
        refusalDetail = detail;
        decidedBy = officer;
        decidedAt = at;
    }

    public static Optional<CompensationApplication> findByNumber(String number) {
        return find("number", number).firstResultOptional();
    }

    /**
     * The work queue: the applications of a status, of a subdivision (the officer's organisation that
     * accepted them) and with a number, each filter only when given, ordered by number (unique, so
     * pages never overlap).
     */
    public static PanacheQuery<CompensationApplication> workQueue(String number, ApplicationStatus status, String subdivision) {
        StringBuilder where = new StringBuilder("1 = 1");
        Parameters parameters = new Parameters();
        if (number != null) {
            where.append(" and number = :number");
            parameters.and("number", number);
        }
        if (status != null) {
            where.append(" and status = :status");
            parameters.and("status", status);
        }
        if (subdivision != null) {
            where.append(" and subdivision = :subdivision");
            parameters.and("subdivision", subdivision);
        }
        return find(where + " order by number", parameters);
    }

    /** Another application of the same person that holds the compensation of a once-per-person programme. */
    public static Optional<CompensationApplication> holderOfCompensation(PayoutProgramme programme, Iin iin, UUID except) {
        return find("programme = ?1 and iin = ?2 and status in ?3 and id <> ?4", programme, iin,
                ApplicationStatus.HOLDS_COMPENSATION, except).firstResultOptional();
    }
}

package kz.gov.rehab.compensation.report.submission;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * One submission of a compiled report to the Ministry (R2): the signature sent, who signed, and the
 * Ministry's answer (its submission id on acceptance, or its refusal).
 */
@Entity
@Table(name = "report_submission")
public class ReportSubmission extends PanacheEntityBase {

    /** The Ministry's answer. */
    public enum Outcome { ACCEPTED, REFUSED, UNAVAILABLE }

    @Id
    public UUID id;
    @Column(name = "report_id")
    public UUID reportId;
    @Column(name = "submitted_at")
    public Instant submittedAt;
    @Column(name = "submitted_on")
    public LocalDate submittedOn;
    @Column(name = "submitted_by")
    public String submittedBy;
    public boolean late;
    public byte[] signature;
    @Column(name = "signature_algorithm")
    public String signatureAlgorithm;
    public String signer;
    @Enumerated(EnumType.STRING)
    public Outcome outcome;
    @Column(name = "ministry_status")
    public Integer ministryStatus;
    @Column(name = "ministry_submission_id")
    public UUID ministrySubmissionId;
    @Column(name = "ministry_received_at")
    public Instant ministryReceivedAt;
    @Column(name = "refusal_type")
    public String refusalType;
    @Column(name = "refusal_reason")
    public String refusalReason;
    @Column(name = "refusal_detail")
    public String refusalDetail;

    public static List<ReportSubmission> of(UUID reportId) {
        return list("reportId = ?1 order by submittedAt, id", reportId);
    }
}

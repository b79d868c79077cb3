package kz.gov.rehab.gateway.ministry;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * A report the Ministry accepted: what was received, byte for byte, and who signed it. Only
 * submissions whose signature was verified are stored; a resubmission for the same form and
 * period is a further row (the latest counts).
 */
@Entity
@Table(name = "report_submission")
public class ReportSubmission extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "received_at")
    public Instant receivedAt;

    public String form;

    public String period;

    @Column(name = "document_type")
    public String documentType;

    public byte[] document;

    @Column(name = "document_sha256")
    public String documentSha256;

    public byte[] signature;

    public String signer;

    @Column(name = "signer_serial_number")
    public String signerSerialNumber;

    @Column(name = "submitted_by")
    public String submittedBy;

    @Column(name = "request_id")
    public String requestId;
}

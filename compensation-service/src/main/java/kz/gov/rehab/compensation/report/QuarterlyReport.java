package kz.gov.rehab.compensation.report;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A compiled quarterly report: the exact bytes of its JSON document (what is signed and submitted),
 * their SHA-256, the period, when and by whom it was compiled, its due date and whether it was late.
 */
@Entity
@Table(name = "quarterly_report")
public class QuarterlyReport extends PanacheEntityBase {

    @Id
    public UUID id;
    public String form;
    public String period;
    @Column(name = "compiled_at")
    public Instant compiledAt;
    @Column(name = "compiled_on")
    public LocalDate compiledOn;
    @Column(name = "compiled_by")
    public String compiledBy;
    @Column(name = "due_date")
    public LocalDate dueDate;
    public boolean late;
    public byte[] document;
    @Column(name = "document_sha256")
    public String documentSha256;
    @Version
    public long version;

    /** The reference of the report in events and file names, e.g. {@code HOME_SCHOOLING_REIMBURSEMENT-2026-Q1}. */
    public String reference() {
        return form + "-" + period;
    }
}

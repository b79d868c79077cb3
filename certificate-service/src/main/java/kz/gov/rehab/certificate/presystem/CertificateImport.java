package kz.gov.rehab.certificate.presystem;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** The audit record of one import into the register of certificates issued before the system: who, when, what. */
@Entity
@Table(name = "certificate_import")
public class CertificateImport extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "imported_at", nullable = false)
    public OffsetDateTime importedAt;

    /** The calling system as the gateway authenticated it. */
    @Column(nullable = false)
    public String system;

    /** The person at the keyboard, as the calling system names them. */
    @Column(nullable = false)
    public String operator;

    /** Where the records come from, e.g. an akimat's archive ledger. */
    @Column(nullable = false)
    public String source;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ImportFormat format;

    /** SHA-256 of the file as received. */
    @Column(nullable = false)
    public String sha256;

    @Column(name = "rows_imported", nullable = false)
    public int rowsImported;

    public static boolean exists(String sha256) {
        return count("sha256", sha256) > 0;
    }
}

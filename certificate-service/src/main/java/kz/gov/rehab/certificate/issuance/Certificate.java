package kz.gov.rehab.certificate.issuance;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;
import kz.gov.rehab.commons.person.Iin;

/**
 * A certificate to a rehabilitated person or its duplicate (C8, Appendix 2 of Order No. 78):
 * paper form, free of charge. One original per person and a duplicate only of that person's
 * original are constraints of the database ({@code one_original_certificate_per_person},
 * {@code duplicate_of_the_holders_original}).
 */
@Entity
@Table(name = "certificate")
public class Certificate extends PanacheEntityBase {

    @Id
    public String number;

    /** The application it was issued on; {@code null} for a certificate issued before the system (imported). */
    @Column(name = "application_id", unique = true)
    public UUID applicationId;

    /** Issued by this system, or recorded from the register of certificates issued before it. */
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Provenance provenance = Provenance.SYSTEM;

    /** The operator's import that recorded a pre-system certificate. */
    @Column(name = "import_id")
    public Long importId;

    @Column(name = "holder_surname")
    public String holderSurname;

    @Column(name = "holder_first_name")
    public String holderFirstName;

    @Column(name = "holder_patronymic")
    public String holderPatronymic;

    /** The rehabilitation reference or court act the certificate names (pre-system certificates). */
    @Column(name = "basis_document")
    public String basisDocument;

    /** Who signed the certificate for the akimat (pre-system certificates, when known). */
    @Column(name = "signed_by")
    public String signedBy;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Kind kind;

    @Column(name = "holder_iin", nullable = false)
    public Iin holderIin;

    @Column(name = "holder_name", nullable = false)
    public String holderName;

    @Column(name = "akimat_code", nullable = false)
    public String akimatCode;

    @Column(name = "akimat_name", nullable = false)
    public String akimatName;

    @Column(name = "issued_on", nullable = false)
    public LocalDate issuedOn;

    /** When this system printed it; {@code null} for a pre-system certificate. */
    @Column(name = "printed_at")
    public OffsetDateTime printedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;

    @Column(name = "replaced_by")
    public String replacedBy;

    @Column(name = "original_number")
    public String originalNumber;

    @Column(name = "original_kind")
    public String originalKind;

    @Version
    public long version;

    public static Optional<Certificate> originalOf(Iin holderIin) {
        return find("holderIin = ?1 and kind = ?2", holderIin, Kind.ORIGINAL).firstResultOptional();
    }

    public static Optional<Certificate> ofApplication(UUID applicationId) {
        return find("applicationId", applicationId).firstResultOptional();
    }

    /** The certificate now in force for the holder: the original, or its latest duplicate. */
    public static Optional<Certificate> inForceFor(Iin holderIin) {
        return find("holderIin = ?1 and status = ?2", holderIin, Status.VALID).firstResultOptional();
    }

    public enum Provenance {
        /** Issued by this system on an application. */
        SYSTEM,
        /** Issued before the system, recorded by an operator's import (presystem package). */
        IMPORT
    }

    public enum Kind {
        ORIGINAL,
        DUPLICATE
    }

    public enum Status {
        VALID,
        /** A duplicate was issued; the duplicate is the one in force (the issue: "a duplicate invalidates the original"). */
        REPLACED_BY_DUPLICATE
    }
}

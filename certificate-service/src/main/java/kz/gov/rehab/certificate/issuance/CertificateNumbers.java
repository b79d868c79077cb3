package kz.gov.rehab.certificate.issuance;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;

/**
 * Certificate numbers (docs/certificate-service.md, "Numbering"):
 * <ul>
 * <li>original: {@code <akimat KATO code>-<year of issue>-<serial>}, e.g. {@code 751110000-2026-000017}
 * — who issued it, when, and a serial unique across the service (a database sequence);</li>
 * <li>duplicate: {@code <original's number>-D<n>}, e.g. {@code 751110000-2026-000017-D1} — visibly
 * tied to the original it replaces, n counting the duplicates of that original.</li>
 * </ul>
 * Uniqueness is also the primary key of {@code certificate}.
 */
@ApplicationScoped
public class CertificateNumbers {

    private final EntityManager entityManager;

    public CertificateNumbers(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public String original(String akimatCode, LocalDate issuedOn) {
        long serial = ((Number) entityManager.createNativeQuery("SELECT nextval('certificate_serial')")
                .getSingleResult()).longValue();
        return "%s-%d-%06d".formatted(akimatCode, issuedOn.getYear(), serial);
    }

    public String duplicate(Certificate original) {
        long duplicates = Certificate.count("originalNumber", original.number);
        return original.number + "-D" + (duplicates + 1);
    }
}

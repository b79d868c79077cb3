package kz.gov.rehab.certificate.issuance;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * What must never happen twice is a constraint of the database, not only a check in Java: one
 * original certificate per person, a duplicate only of the same person's original (C8).
 */
@QuarkusTest
class CertificateConstraintsTest {

    @Inject
    EntityManager em;

    @Test
    void secondOriginalForTheSamePersonIsImpossible_C8() {
        String holder = uniqueHolder();
        String first = insertCertificate(holder, "ORIGINAL", null);
        assertThrows(PersistenceException.class, () -> insertCertificate(holder, "ORIGINAL", null));
        assertDoesNotThrow(() -> insertCertificate(holder, "DUPLICATE", first));
    }

    @Test
    void duplicateWithoutAnOriginalIsImpossible_C8() {
        String holder = uniqueHolder();
        assertThrows(PersistenceException.class, () -> insertCertificate(holder, "DUPLICATE", "no-such-original"));
    }

    @Test
    void duplicateOfSomeoneElsesOriginalIsImpossible_C8() {
        String original = insertCertificate(uniqueHolder(), "ORIGINAL", null);
        assertThrows(PersistenceException.class, () -> insertCertificate(uniqueHolder(), "DUPLICATE", original));
    }

    @Test
    void duplicateOfADuplicateIsImpossible_C8() {
        String holder = uniqueHolder();
        String original = insertCertificate(holder, "ORIGINAL", null);
        String duplicate = insertCertificate(holder, "DUPLICATE", original);
        assertThrows(PersistenceException.class, () -> insertCertificate(holder, "DUPLICATE", duplicate));
    }

    /** A holder id unique per test run (the column only needs 12 characters; no registry is involved). */
    private static String uniqueHolder() {
        return "T" + UUID.randomUUID().toString().replace("-", "").substring(0, 11);
    }

    private String insertCertificate(String holder, String kind, String originalNumber) {
        String number = "TEST-" + UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> {
            UUID applicationId = UUID.randomUUID();
            em.createNativeQuery("""
                    INSERT INTO certificate_application (id, number, requested, status, applicant_iin, branch_number, submitted_at,
                        registry_snapshot, intake, receipt)
                    VALUES (:id, :number, 'CERTIFICATE', 'REFUSED_AT_INTAKE', :holder, 'TEST', now(), '{}', '{}', '{}')""")
                    .setParameter("id", applicationId).setParameter("number", "TEST-" + applicationId).setParameter("holder", holder)
                    .executeUpdate();
            em.createNativeQuery("""
                    INSERT INTO certificate (number, application_id, kind, holder_iin, holder_name, akimat_code, akimat_name,
                        issued_on, printed_at, status, original_number, original_kind)
                    VALUES (:number, :application, :kind, :holder, 'Test Holder', '711310000', 'Test akimat', current_date, now(),
                        'VALID', :original, :originalKind)""")
                    .setParameter("number", number).setParameter("application", applicationId).setParameter("kind", kind)
                    .setParameter("holder", holder).setParameter("original", originalNumber)
                    .setParameter("originalKind", originalNumber == null ? null : "ORIGINAL")
                    .executeUpdate();
        });
        return number;
    }
}

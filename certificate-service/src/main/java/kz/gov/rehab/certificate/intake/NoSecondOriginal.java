package kz.gov.rehab.certificate.intake;

import java.util.Optional;
import kz.gov.rehab.certificate.application.RequestedResult;
import kz.gov.rehab.certificate.issuance.Certificate;
import kz.gov.rehab.commons.person.Iin;

/**
 * C8: a person holds one original certificate; a person who holds one (issued by this system or
 * recorded from the register of certificates issued before it) is given only a duplicate. The one
 * home of the rule: intake asks it for the akimat's findings ({@link RegistryFinding.CertificateAlreadyIssued}),
 * issuance before it prints an original, and the import of the pre-system register for each row's
 * holder. The database's unique index {@code one_original_certificate_per_person} is the last word
 * on concurrent issuances.
 */
public final class NoSecondOriginal {

    private NoSecondOriginal() {
    }

    /** The number of the original certificate on record for the person with this IIN, if any. */
    public static Optional<String> originalOnRecord(Iin holderIin) {
        return Certificate.originalOf(holderIin).map(certificate -> certificate.number);
    }

    /** Whether asking for {@code requested} would give a second original to a person with {@code originalOnRecord}. */
    public static boolean breachedBy(RequestedResult requested, Optional<String> originalOnRecord) {
        return requested == RequestedResult.CERTIFICATE && originalOnRecord.isPresent();
    }
}

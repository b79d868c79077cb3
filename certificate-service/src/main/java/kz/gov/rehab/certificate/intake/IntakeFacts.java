package kz.gov.rehab.certificate.intake;

import java.time.LocalDate;

/**
 * What the State Corporation employee has in front of them at the counter, as the completeness
 * and validity requirements (C2, C3) need it. Dates of documents come from the registries where
 * the registries hold them (the identity document), otherwise from the document presented.
 *
 * @param representativeApplies  a representative, not the person, hands in the application
 * @param identityDocument       the identity document of whoever appears, or {@code null} when none was presented
 * @param rehabilitationDocument the rehabilitation reference or court act, or {@code null}
 * @param powerOfAttorney        the notarised power of attorney, or {@code null}
 * @param documentsAuthentic     the applicant's statement that the documents are authentic (Appendix 1)
 * @param personalDataConsent    consent to the collection and processing of personal data (Appendix 1)
 * @param on                     the day of submission
 */
public record IntakeFacts(
        boolean representativeApplies,
        PresentedIdentity identityDocument,
        PresentedRehabilitationDocument rehabilitationDocument,
        PresentedPowerOfAttorney powerOfAttorney,
        boolean documentsAuthentic,
        boolean personalDataConsent,
        LocalDate on) {

    /**
     * An identity document as found: {@code registered} is false when the document shown is not
     * one the state database knows (a finding for the akimat's review, not a ground to refuse to
     * accept); {@code validUntil} is the registry's expiry date, or the date printed on the
     * document when the registry does not hold it.
     */
    public record PresentedIdentity(String description, boolean registered, LocalDate validUntil) {
    }

    public record PresentedRehabilitationDocument(String description) {
    }

    public record PresentedPowerOfAttorney(String description, LocalDate validUntil) {
    }
}

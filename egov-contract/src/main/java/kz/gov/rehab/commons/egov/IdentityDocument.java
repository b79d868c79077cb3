package kz.gov.rehab.commons.egov;

import java.time.LocalDate;

/** An identity document as the state database of individuals holds it. */
public record IdentityDocument(
        IdentityDocumentType type,
        String number,
        String issuer,
        LocalDate issuedOn,
        LocalDate expiresOn) {

    /** Whether the document is in force on {@code day} (C3: an expired document is refused). */
    public boolean validOn(LocalDate day) {
        return !day.isBefore(issuedOn) && !day.isAfter(expiresOn);
    }
}

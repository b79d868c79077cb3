package kz.gov.rehab.commons.egov;

import java.time.LocalDate;

/** A rehabilitation reference in the prosecutor's office's register. */
public record RehabilitationRecord(
        String referenceNumber,
        LocalDate issuedOn,
        String issuingBody,
        RepressionKind repressionKind,
        int months,
        RehabilitationCategory category) {
}

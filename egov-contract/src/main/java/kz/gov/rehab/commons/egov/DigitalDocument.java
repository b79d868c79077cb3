package kz.gov.rehab.commons.egov;

import java.time.Instant;

/** The identity document released by the digital documents service for one one-time code. */
public record DigitalDocument(
        String iin,
        String surname,
        String firstName,
        String patronymic,
        IdentityDocument document,
        Instant releasedAt) {
}

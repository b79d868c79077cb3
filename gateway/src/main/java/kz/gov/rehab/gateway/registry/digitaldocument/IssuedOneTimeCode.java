package kz.gov.rehab.gateway.registry.digitaldocument;

import java.time.Instant;

public record IssuedOneTimeCode(String iin, String code, Instant expiresAt) {
}

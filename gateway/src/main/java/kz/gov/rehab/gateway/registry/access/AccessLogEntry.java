package kz.gov.rehab.gateway.registry.access;

import java.time.Instant;
import kz.gov.rehab.commons.person.Iin;

/** A registry request as an auditor sees it; the IIN is masked (filter by the full IIN instead). */
public record AccessLogEntry(Instant at, String callingSystem, String registry, String caseId, String iinMasked,
        String outcome, int httpStatus, String requestId) {

    static AccessLogEntry of(RegistryAccess access) {
        return new AccessLogEntry(access.at, access.callingSystem, access.registry, access.caseId,
                access.iin == null ? null : Iin.mask(access.iin), access.outcome, access.httpStatus, access.requestId);
    }
}

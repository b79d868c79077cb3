package kz.gov.rehab.gateway.registry.access;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import kz.gov.rehab.commons.egov.Registry;
import kz.gov.rehab.commons.person.Iin;
import org.jboss.logging.Logger;

/**
 * Records every registry request in {@code registry_access}, in its own transaction so that the record
 * stays even when the request fails, and writes one log line with the IIN masked.
 */
@ApplicationScoped
public class RegistryAccessLog {

    private static final Logger LOG = Logger.getLogger("kz.gov.rehab.gateway.registry.access");

    private final Clock clock;

    public RegistryAccessLog(Clock clock) {
        this.clock = clock;
    }

    public void record(String callingSystem, Registry registry, String caseId, String iin, AccessOutcome outcome,
            int httpStatus, String requestId) {
        RegistryAccess access = new RegistryAccess();
        access.at = Instant.now(clock);
        access.callingSystem = callingSystem;
        access.registry = registry.path();
        access.caseId = caseId;
        access.iin = iin != null && Iin.isValid(iin) ? iin : null;
        access.outcome = outcome.name();
        access.httpStatus = httpStatus;
        access.requestId = requestId;
        QuarkusTransaction.requiringNew().run(access::persist);
        LOG.infof("registry=%s system=%s case=%s iin=%s outcome=%s status=%d", registry.path(), callingSystem,
                caseId, Iin.mask(iin), outcome, httpStatus);
    }
}

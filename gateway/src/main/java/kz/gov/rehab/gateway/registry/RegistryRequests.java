package kz.gov.rehab.gateway.registry;

import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.RequestScoped;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import kz.gov.rehab.commons.egov.EgovHeaders;
import kz.gov.rehab.commons.egov.Registry;
import kz.gov.rehab.commons.person.Iin;
import kz.gov.rehab.commons.refusal.InvalidInput;
import kz.gov.rehab.commons.refusal.Malfunction;
import kz.gov.rehab.commons.refusal.NotFound;
import kz.gov.rehab.commons.refusal.Unavailable;
import kz.gov.rehab.gateway.registry.access.AccessOutcome;
import kz.gov.rehab.gateway.registry.access.RegistryAccessLog;
import kz.gov.rehab.gateway.registry.fault.RegistryFaults;

/**
 * The X-Road rules every registry request goes through: it names the case it is made for, it is
 * attributed to the calling system, faults injected for drills apply, and it is written to the
 * access log with its outcome.
 */
@RequestScoped
public class RegistryRequests {

    /** An application number or similar case reference; no spaces or control characters. */
    private static final Pattern CASE = Pattern.compile("[\\p{L}\\p{N}._:/#-]{1,100}");
    /** When a drill's outage tells the caller to try again. */
    private static final Duration INJECTED_OUTAGE_RETRY = Duration.ofSeconds(5);

    private final SecurityIdentity identity;
    private final HttpServerRequest request;
    private final RegistryAccessLog accessLog;
    private final RegistryFaults faults;

    public RegistryRequests(SecurityIdentity identity, HttpServerRequest request, RegistryAccessLog accessLog,
            RegistryFaults faults) {
        this.identity = identity;
        this.request = request;
        this.accessLog = accessLog;
        this.faults = faults;
    }

    /**
     * Answers a lookup of {@code registry} by IIN, or throws the refusal that ends the request.
     *
     * @param notFound what to tell the caller when the registry holds nothing for the IIN
     */
    public <T> T lookup(Registry registry, String iinText, Function<Iin, Optional<T>> lookup, String notFound) {
        String caseId = caseOf(registry, iinText);
        Iin iin = iinOf(registry, caseId, iinText);
        injectFaults(registry, caseId, iinText);
        return answer(registry, caseId, iin, lookup.apply(iin), notFound);
    }

    /** Records the outcome of a lookup that has passed the checks, and answers it, or refuses it as not found. */
    public <T> T answer(Registry registry, String caseId, Iin iin, Optional<T> answer, String notFound) {
        String iinText = iin.value();
        if (answer.isEmpty()) {
            record(registry, caseId, iinText, AccessOutcome.NOT_FOUND, 404);
            throw new NotFound("registry-record-not-found", "Not found in the " + registry.title(),
                    notFound);
        }
        record(registry, caseId, iinText, AccessOutcome.FOUND, 200);
        return answer.get();
    }

    /** The case the request names; a request that names none is refused as invalid input. */
    public String caseOf(Registry registry, String iinText) {
        String caseId = request.getHeader(EgovHeaders.CASE);
        if (caseId == null || !CASE.matcher(caseId).matches()) {
            record(registry, null, iinText, AccessOutcome.NO_CASE, 400);
            throw new InvalidInput("case-required", "Case required",
                    "Every registry request must name the case it is made for in the " + EgovHeaders.CASE
                            + " header (1 to 100 letters, digits or ._:/#-), e.g. the application number.", List.of());
        }
        return caseId;
    }

    public Iin iinOf(Registry registry, String caseId, String iinText) {
        Optional<String> problem = Iin.problem(iinText);
        if (problem.isPresent()) {
            record(registry, caseId, null, AccessOutcome.INVALID_REQUEST, 400);
            throw new InvalidInput("invalid-iin", "Invalid IIN", "Invalid IIN: " + problem.get() + ".", List.of());
        }
        return Iin.parse(iinText);
    }

    public void injectFaults(Registry registry, String caseId, String iinText) {
        switch (faults.inject(registry)) {
            case OUTAGE -> {
                record(registry, caseId, iinText, AccessOutcome.FAULT_INJECTED, 503);
                throw new Unavailable("registry-unavailable", "Registry unavailable",
                        "The " + registry.title() + " is unavailable (injected outage).", INJECTED_OUTAGE_RETRY);
            }
            case ERROR -> {
                record(registry, caseId, iinText, AccessOutcome.FAULT_INJECTED, 500);
                throw new Malfunction("registry-error", "Registry error",
                        "The " + registry.title() + " failed (injected error).");
            }
            case NOTHING -> {
            }
        }
    }

    public void record(Registry registry, String caseId, String iin, AccessOutcome outcome, int status) {
        accessLog.record(identity.getPrincipal().getName(), registry, caseId, iin, outcome, status,
                request.getHeader(EgovHeaders.REQUEST_ID));
    }
}

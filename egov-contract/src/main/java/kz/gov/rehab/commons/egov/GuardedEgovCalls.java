package kz.gov.rehab.commons.egov;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.WebApplicationException;
import java.util.Optional;
import java.util.function.Supplier;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * The registry calls with their fault tolerance: an attempt may take 2 s; a failed attempt (an
 * error answer, a refused connection) is repeated once after 100 ms, a timed-out one is not, so an
 * answer or a failure comes within about 2 s; and one circuit breaker per registry that opens
 * when half of the last 10 attempts failed, answers at once while open, and lets a trial call
 * through after 5 s. "Not found" and
 * refusals are answers, not failures. All values can be tuned by MicroProfile Fault Tolerance
 * configuration, e.g. {@code kz.gov.rehab.commons.egov.GuardedEgovCalls/person/Timeout/value}.
 */
@ApplicationScoped
class GuardedEgovCalls {

    private final EgovClient client;

    GuardedEgovCalls(@RestClient EgovClient client) {
        this.client = client;
    }

    @Timeout(2000)
    @Retry(maxRetries = 1, delay = 100, jitter = 0, abortOn = {RegistryRefusedException.class, TimeoutException.class})
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 5000, skipOn = RegistryRefusedException.class)
    Optional<PersonRecord> person(String iin, String caseId, String requestId) {
        return found(Registry.PERSONS, () -> client.person(iin, caseId, requestId));
    }

    @Timeout(2000)
    @Retry(maxRetries = 1, delay = 100, jitter = 0, abortOn = {RegistryRefusedException.class, TimeoutException.class})
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 5000, skipOn = RegistryRefusedException.class)
    Optional<RegisteredAddress> registeredAddress(String iin, String caseId, String requestId) {
        return found(Registry.ADDRESSES, () -> client.registeredAddress(iin, caseId, requestId));
    }

    @Timeout(2000)
    @Retry(maxRetries = 1, delay = 100, jitter = 0, abortOn = {RegistryRefusedException.class, TimeoutException.class})
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 5000, skipOn = RegistryRefusedException.class)
    Optional<Akimat> competentAkimat(String kato, String caseId, String requestId) {
        return found(Registry.ADDRESSES, () -> client.competentAkimat(kato, caseId, requestId));
    }

    @Timeout(2000)
    @Retry(maxRetries = 1, delay = 100, jitter = 0, abortOn = {RegistryRefusedException.class, TimeoutException.class})
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 5000, skipOn = RegistryRefusedException.class)
    Optional<RehabilitationRecords> rehabilitationRecords(String iin, String caseId, String requestId) {
        return found(Registry.REHABILITATION_RECORDS, () -> client.rehabilitationRecords(iin, caseId, requestId));
    }

    @Timeout(2000)
    @Retry(maxRetries = 1, delay = 100, jitter = 0, abortOn = {RegistryRefusedException.class, TimeoutException.class})
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 5000, skipOn = RegistryRefusedException.class)
    Optional<CompensationPayments> compensationPayments(String iin, String caseId, String requestId) {
        return found(Registry.COMPENSATION_PAYMENTS, () -> client.compensationPayments(iin, caseId, requestId));
    }

    /** A one-time code is used up by the first answer, so this call is not retried. */
    @Timeout(2000)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 5000, skipOn = RegistryRefusedException.class)
    DigitalDocument digitalDocument(String iin, String code, String caseId, String requestId) {
        try {
            return client.digitalDocument(new DigitalDocumentRequest(iin, code), caseId, requestId);
        } catch (WebApplicationException e) {
            throw refusalOrFailure(Registry.DIGITAL_DOCUMENTS, e);
        }
    }

    private static <T> Optional<T> found(Registry registry, Supplier<T> call) {
        try {
            return Optional.of(call.get());
        } catch (WebApplicationException e) {
            if (e.getResponse().getStatus() == 404) {
                return Optional.empty();
            }
            throw refusalOrFailure(registry, e);
        }
    }

    private static RuntimeException refusalOrFailure(Registry registry, WebApplicationException e) {
        int status = e.getResponse().getStatus();
        if (status >= 400 && status < 500 && status != 408 && status != 429) {
            return new RegistryRefusedException(registry, status, "the " + registry.title() + " answered " + status);
        }
        return e;
    }
}

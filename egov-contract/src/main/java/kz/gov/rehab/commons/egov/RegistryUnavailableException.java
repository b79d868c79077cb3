package kz.gov.rehab.commons.egov;

import java.time.Duration;
import kz.gov.rehab.commons.problem.ProblemException;

/**
 * A registry did not answer in time, answered with a server error, or its circuit breaker is open:
 * answered {@code 503 application/problem+json} with {@code Retry-After}. Call the registries before
 * writing anything, so that this exception leaves nothing half-done.
 */
public class RegistryUnavailableException extends ProblemException {

    private final Registry registry;
    private final Duration retryAfter;

    public RegistryUnavailableException(Registry registry, Duration retryAfter, Throwable cause) {
        super(503, "registry-unavailable", "State registry unavailable",
                "The " + registry.title() + " did not answer in time; nothing was saved. Try again later.");
        initCause(cause);
        this.registry = registry;
        this.retryAfter = retryAfter;
        withHeader("Retry-After", Long.toString(Math.max(1, retryAfter.toSeconds())));
        with("registry", registry.path());
    }

    public Registry registry() {
        return registry;
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}

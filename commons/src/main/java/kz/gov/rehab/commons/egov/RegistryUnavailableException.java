package kz.gov.rehab.commons.egov;

import java.time.Duration;

/**
 * A registry did not answer in time, answered with a server error, or its circuit breaker is open.
 * Mapped to {@code 503 application/problem+json} with {@code Retry-After}
 * ({@link RegistryUnavailableExceptionMapper}). Call the registries before writing anything, so that
 * this exception leaves nothing half-done.
 */
public class RegistryUnavailableException extends RuntimeException {

    private final Registry registry;
    private final Duration retryAfter;

    public RegistryUnavailableException(Registry registry, Duration retryAfter, Throwable cause) {
        super("The " + registry.title() + " is unavailable", cause);
        this.registry = registry;
        this.retryAfter = retryAfter;
    }

    public Registry registry() {
        return registry;
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}

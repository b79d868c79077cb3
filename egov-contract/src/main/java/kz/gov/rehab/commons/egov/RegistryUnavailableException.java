package kz.gov.rehab.commons.egov;

import java.time.Duration;
import kz.gov.rehab.commons.refusal.Unavailable;

/**
 * A registry did not answer in time, answered with a server error, or its circuit breaker is open:
 * the use case is {@link Unavailable} until {@code retryAfter} (answered 503 with {@code Retry-After}).
 * Call the registries before writing anything, so that this exception leaves nothing half-done.
 */
public class RegistryUnavailableException extends Unavailable {

    private final Registry registry;

    public RegistryUnavailableException(Registry registry, Duration retryAfter, Throwable cause) {
        super("registry-unavailable", "State registry unavailable",
                "The " + registry.title() + " did not answer in time; nothing was saved. Try again later.", retryAfter);
        initCause(cause);
        this.registry = registry;
        with("registry", registry.path());
    }

    public Registry registry() {
        return registry;
    }
}

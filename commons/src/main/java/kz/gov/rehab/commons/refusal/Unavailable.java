package kz.gov.rehab.commons.refusal;

import java.time.Duration;
import java.util.Optional;

/**
 * A system or a setting the use case needs is missing now (a registry that does not answer, a
 * signing key not yet installed); nothing was done, and the same request may succeed later, after
 * {@link #retryAfter()} when it is known.
 */
public class Unavailable extends Refusal {

    private final Duration retryAfter;

    /** Unavailable with no known time to try again. */
    public Unavailable(String type, String title, String detail) {
        this(type, title, detail, null);
    }

    public Unavailable(String type, String title, String detail, Duration retryAfter) {
        super(type, title, detail);
        this.retryAfter = retryAfter;
    }

    /** How long to wait before trying again, when known. */
    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }
}

package kz.gov.rehab.commons.idempotency;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

@ConfigMapping(prefix = "rehab.idempotency")
public interface IdempotencyConfig {

    /** How long a stored answer is replayed for a retried key. */
    @WithDefault("P1D")
    Duration retention();

    /**
     * A claim committed before its answer (only a use case that acts on another system in between
     * does that: the report submission to the Ministry) and still unanswered after this long is
     * taken to have died (process killed in between), and a retry may run it again.
     */
    @WithDefault("PT60S")
    Duration abandonedAfter();
}

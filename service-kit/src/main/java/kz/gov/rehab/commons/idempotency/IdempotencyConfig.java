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
     * A request still marked in flight after this long is taken to have died (process killed
     * between claiming the key and answering), and a retry may run it again.
     */
    @WithDefault("PT60S")
    Duration abandonedAfter();
}

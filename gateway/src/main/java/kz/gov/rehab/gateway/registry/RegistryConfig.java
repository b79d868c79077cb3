package kz.gov.rehab.gateway.registry;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Settings of the simulated registries. */
@ConfigMapping(prefix = "gateway.registry")
public interface RegistryConfig {

    /** How long a one-time code of the digital documents service stays valid. */
    @WithDefault("5m")
    Duration oneTimeCodeTtl();

    /** Size of the deterministic synthetic population generated on first start. */
    @WithDefault("10000")
    int populationSize();
}

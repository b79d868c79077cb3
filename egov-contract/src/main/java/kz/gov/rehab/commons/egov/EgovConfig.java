package kz.gov.rehab.commons.egov;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

/**
 * How a service calls the digital-government gateway. The address itself is the REST client's
 * {@code quarkus.rest-client.egov.url} (default {@code ${EGOV_GATEWAY_URL:http://127.0.0.1:8080}}).
 */
@ConfigMapping(prefix = "egov")
public interface EgovConfig {

    /** This service's API key at the gateway (role {@code egov-client}); {@code EGOV_API_KEY}. */
    Optional<String> apiKey();

    /** What {@code Retry-After} tells a caller when a registry is unavailable. */
    @WithDefault("5s")
    Duration retryAfter();
}

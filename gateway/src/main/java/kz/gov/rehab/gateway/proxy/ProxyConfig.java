package kz.gov.rehab.gateway.proxy;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Routes of the API gateway and how it talks to the backends.
 *
 * <pre>
 * gateway.proxy.routes.certificates.prefix=/api/v1/certificates
 * gateway.proxy.routes.certificates.backend=${CERTIFICATE_SERVICE_URL:http://127.0.0.1:8081}
 *   (several instances: http://10.0.0.5:8081,http://10.0.0.6:8081; on Kubernetes the Service's name)
 * gateway.proxy.routes.certificates.timeout=30s
 * gateway.proxy.routes.certificates.roles=state-corporation,akimat,...
 * </pre>
 */
@ConfigMapping(prefix = "gateway.proxy")
public interface ProxyConfig {

    Map<String, Route> routes();

    /**
     * Connections kept to each backend instance, shared out between the event loops
     * ({@link EventLoopClients}); the Vert.x default of 5 costs a lot of throughput.
     */
    @WithDefault("50")
    int poolSize();

    /** How long to wait for a connection to a backend (connecting or a free pooled one). */
    @WithDefault("2s")
    Duration connectTimeout();

    RateLimit rateLimit();

    HealthCheck healthCheck();

    /** {@code Retry-After} of a 503 when a backend is down. */
    @WithDefault("5s")
    Duration retryAfter();

    interface Route {

        /** Path prefix, e.g. {@code /api/v1/certificates}; the prefix itself and everything below it. */
        String prefix();

        /**
         * Base URLs of the backend's instances (scheme, host, port), comma-separated; requests go to the
         * ready ones in turn ({@link BackendPool}). One URL when a Service name balances already.
         */
        List<URI> backend();

        /** A backend that sends nothing for this long is given up: 504. */
        @WithDefault("30s")
        Duration timeout();

        /** Roles that may use this route at all (the service checks each endpoint's roles itself). */
        Set<String> roles();

        /**
         * Path prefixes below this route that anybody may read (GET or HEAD) without an API key, e.g. the
         * verification of a paper document whose QR code a citizen scans. The gateway forwards such a
         * request as the calling system {@code public} (role {@code public}); it is rate-limited per
         * client address.
         */
        Optional<Set<String>> publicPaths();

        /**
         * The largest request body the route forwards: a larger one is answered 413 by the gateway,
         * also when it comes chunked. It is the service's own limit
         * ({@code quarkus.http.limits.max-body-size} of the service), so that no body the service
         * would refuse reaches it.
         */
        @WithDefault("1M")
        MemorySize maxBodySize();

        /** Further attempts to connect when the backend refuses, for GET and for POST with Idempotency-Key. */
        @WithDefault("1")
        int retries();
    }

    /** The active check of every backend instance's readiness; a failing instance gets no requests. */
    interface HealthCheck {

        @WithDefault("/q/health/ready")
        String path();

        @WithDefault("2s")
        Duration interval();

        /** An instance that does not answer within this is taken out of turn. */
        @WithDefault("1s")
        Duration timeout();
    }

    interface RateLimit {

        /** Requests per second a calling system may make, on average. */
        @WithDefault("50")
        int requestsPerSecond();

        /** Requests a calling system may make at once above the average. */
        @WithDefault("100")
        int burst();

        /** Per calling system id, its own requests per second (burst = twice that). */
        Map<String, Integer> perSystem();
    }
}

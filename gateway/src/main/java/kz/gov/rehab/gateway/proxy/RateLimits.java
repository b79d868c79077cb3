package kz.gov.rehab.gateway.proxy;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;

/** Per calling system token buckets (in memory, non-blocking: safe on the event loop). */
@Singleton
public class RateLimits {

    private final ProxyConfig.RateLimit config;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    public RateLimits(ProxyConfig config) {
        this.config = config.rateLimit();
    }

    /** Empty when the request may pass; otherwise the seconds to wait before the next one. */
    public OptionalLong take(String systemId) {
        ConsumptionProbe probe = buckets.computeIfAbsent(systemId, this::bucket).tryConsumeAndReturnRemaining(1);
        if (probe.isConsumed()) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(Math.max(1, Duration.ofNanos(probe.getNanosToWaitForRefill()).toSeconds()
                + (probe.getNanosToWaitForRefill() % 1_000_000_000L == 0 ? 0 : 1)));
    }

    private Bucket bucket(String systemId) {
        Integer own = config.perSystem().get(systemId);
        long perSecond = own != null ? own : config.requestsPerSecond();
        long burst = own != null ? 2L * own : config.burst();
        return Bucket.builder()
                .addLimit(limit -> limit.capacity(burst).refillGreedy(perSecond, Duration.ofSeconds(1)))
                .build();
    }
}

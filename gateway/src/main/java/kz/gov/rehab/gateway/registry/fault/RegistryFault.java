package kz.gov.rehab.gateway.registry.fault;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/**
 * Faults injected into one registry for drills: an added latency, a share of requests that fail with
 * 500, or a full outage (every request answers 503).
 */
public record RegistryFault(
        @Min(0) @Max(60_000) int latencyMillis,
        @DecimalMin("0.0") @DecimalMax("1.0") double errorRate,
        boolean outage) {

    public static final RegistryFault NONE = new RegistryFault(0, 0.0, false);

    public boolean none() {
        return latencyMillis == 0 && errorRate == 0.0 && !outage;
    }
}

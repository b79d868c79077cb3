package kz.gov.rehab.gateway.registry.fault;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import kz.gov.rehab.commons.egov.Registry;
import org.jboss.logging.Logger;

/** Faults currently injected per registry; none at start, changed at run time by a registry admin. */
@ApplicationScoped
public class RegistryFaults {

    private static final Logger LOG = Logger.getLogger(RegistryFaults.class);

    private final Map<Registry, RegistryFault> faults = new ConcurrentHashMap<>();

    public RegistryFault of(Registry registry) {
        return faults.getOrDefault(registry, RegistryFault.NONE);
    }

    public Map<Registry, RegistryFault> all() {
        Map<Registry, RegistryFault> all = new EnumMap<>(Registry.class);
        for (Registry registry : Registry.values()) {
            all.put(registry, of(registry));
        }
        return all;
    }

    public void set(Registry registry, RegistryFault fault) {
        if (fault.none()) {
            faults.remove(registry);
        } else {
            faults.put(registry, fault);
        }
        LOG.warnf("fault injection for %s: %s", registry.path(), fault);
    }

    public void clear() {
        faults.clear();
        LOG.warn("fault injection cleared for all registries");
    }

    /** What the registry does about this request: answer normally (after any latency) or fail. */
    public Injected inject(Registry registry) {
        RegistryFault fault = of(registry);
        if (fault.none()) {
            return Injected.NOTHING;
        }
        if (fault.latencyMillis() > 0) {
            try {
                Thread.sleep(fault.latencyMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (fault.outage()) {
            return Injected.OUTAGE;
        }
        if (fault.errorRate() > 0 && ThreadLocalRandom.current().nextDouble() < fault.errorRate()) {
            return Injected.ERROR;
        }
        return Injected.NOTHING;
    }

    public enum Injected {
        NOTHING, OUTAGE, ERROR
    }
}

package kz.gov.rehab.commons.time;

import io.quarkus.runtime.configuration.ConfigUtils;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * Produces the application's one {@link Clock}: the system clock in the service's zone, or, in the
 * {@code dev} and {@code test} profiles only, a clock started at {@code rehab.clock.fixed} so that a
 * test can run a year end (or any other date) whatever today's date is.
 */
public class ClockProducer {

    private static final Logger LOG = Logger.getLogger(ClockProducer.class);
    static final List<String> PROFILES_THAT_MAY_FIX_THE_CLOCK = List.of("dev", "test");

    @Produces
    @Singleton
    Clock clock(ClockConfig config) {
        return clock(config, ConfigUtils.getProfiles(), Clock.system(config.zone()));
    }

    static Clock clock(ClockConfig config, List<String> activeProfiles, Clock system) {
        if (config.fixed().isEmpty()) {
            return system;
        }
        if (activeProfiles.stream().noneMatch(PROFILES_THAT_MAY_FIX_THE_CLOCK::contains)) {
            throw new IllegalStateException("rehab.clock.fixed may be set only in the dev and test profiles; active: "
                    + activeProfiles);
        }
        Instant start;
        try {
            start = OffsetDateTime.parse(config.fixed().get()).toInstant();
        } catch (DateTimeParseException e) {
            throw new IllegalStateException("rehab.clock.fixed must be an ISO date-time with offset, e.g. "
                    + "2026-12-28T10:00:00+05:00: " + config.fixed().get(), e);
        }
        LOG.warnf("The clock starts at %s (rehab.clock.fixed, profiles %s), not at the real time", start, activeProfiles);
        return new AdjustableClock(Clock.offset(system, Duration.between(system.instant(), start)));
    }
}

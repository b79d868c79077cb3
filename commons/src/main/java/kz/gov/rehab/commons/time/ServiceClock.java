package kz.gov.rehab.commons.time;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;

/**
 * "Now" and "today" of an application, in the service's time zone (Kazakhstan), from one place:
 * every date-dependent part reads this, never the system clock directly, so a test can run any
 * date (e.g. a year end) by configuration ({@link ClockConfig#fixed()}).
 */
@ApplicationScoped
public class ServiceClock {

    private final Clock clock;

    public ServiceClock(Clock clock) {
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }

    public Instant instant() {
        return clock.instant();
    }

    public ZoneId zone() {
        return clock.getZone();
    }

    public Clock clock() {
        return clock;
    }
}

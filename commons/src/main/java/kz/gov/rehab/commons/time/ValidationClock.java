package kz.gov.rehab.commons.time;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.validation.ClockProvider;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

/**
 * Bean Validation's {@code @Past}, {@code @PastOrPresent} … compare with the application's clock too.
 * The validators take their clock when they are built, before the configuration that the clock
 * follows is read; so they get a clock that asks the application's clock at each reading.
 */
@ApplicationScoped
public class ValidationClock implements ClockProvider {

    private final Instance<Clock> application;

    public ValidationClock(Instance<Clock> application) {
        this.application = application;
    }

    @Override
    public Clock getClock() {
        return new Clock() {
            @Override
            public ZoneId getZone() {
                return application.get().getZone();
            }

            @Override
            public Clock withZone(ZoneId zone) {
                return application.get().withZone(zone);
            }

            @Override
            public Instant instant() {
                return application.get().instant();
            }
        };
    }
}

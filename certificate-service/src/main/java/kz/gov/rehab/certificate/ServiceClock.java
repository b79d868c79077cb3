package kz.gov.rehab.certificate;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/** "Now" and "today" in the service's time zone (Kazakhstan), from one place. */
@ApplicationScoped
public class ServiceClock {

    private final Clock clock;

    public ServiceClock(CertificateServiceConfig config) {
        this.clock = Clock.system(config.zone());
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }
}

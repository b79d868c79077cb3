package kz.gov.rehab.certificate;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Configuration of the certificate service. */
@ConfigMapping(prefix = "certificate")
public interface CertificateServiceConfig {

    /**
     * How long an instance keeps the working-day calendar in memory before reading it again. The
     * instance that adds a year uses it at once; other instances within this time.
     */
    @WithDefault("60s")
    Duration calendarRefresh();
}

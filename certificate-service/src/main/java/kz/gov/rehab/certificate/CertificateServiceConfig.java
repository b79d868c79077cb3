package kz.gov.rehab.certificate;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.ZoneId;

/** Configuration of the certificate service. */
@ConfigMapping(prefix = "certificate")
public interface CertificateServiceConfig {

    /** The time zone in which dates of the service (acceptance, deadlines, issue) are counted. */
    @WithDefault("Asia/Almaty")
    ZoneId zone();
}

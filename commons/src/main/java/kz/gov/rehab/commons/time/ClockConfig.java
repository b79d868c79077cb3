package kz.gov.rehab.commons.time;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.ZoneId;
import java.util.Optional;

/** The one clock of an application (see {@link ServiceClock}). */
@ConfigMapping(prefix = "rehab.clock")
public interface ClockConfig {

    /** The time zone in which the dates of the services (acceptance, deadlines, filing) are counted. */
    @WithDefault("Asia/Almaty")
    ZoneId zone();

    /**
     * Starts the clock at this instant instead of now, e.g. {@code 2026-12-28T10:00:00+05:00}; it then
     * runs on from there. Only the {@code dev} and {@code test} profiles may set it: an application in
     * any other profile refuses to start with it, so production always runs on the real time.
     */
    Optional<String> fixed();
}

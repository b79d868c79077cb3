package kz.gov.rehab.commons.lawdata;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.MonthDay;

/** When the services start warning that next year's law data is missing. */
@ConfigMapping(prefix = "rehab.law-data")
public interface LawDataConfig {

    /** From this day of each year, what next year still lacks is reported (readiness, metric, daily event). */
    @WithDefault("--11-01")
    MonthDay warnFrom();

    /** How often the services look (the {@code law-data.missing} event still goes out once a day); {@code off} disables it. */
    @WithDefault("1h")
    String checkEvery();
}

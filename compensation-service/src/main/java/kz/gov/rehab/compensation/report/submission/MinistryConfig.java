package kz.gov.rehab.compensation.report.submission;

import io.smallrye.config.ConfigMapping;

/** This service's credentials at the Ministry's endpoint ({@code ministry.*}). */
@ConfigMapping(prefix = "ministry")
public interface MinistryConfig {

    /** API key of the Labour Resources Development Centre's system (role {@code ministry-report-submitter}). */
    String apiKey();
}

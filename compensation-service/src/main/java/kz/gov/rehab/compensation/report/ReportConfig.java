package kz.gov.rehab.compensation.report;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of the quarterly report ({@code quarterly-report.*}). */
@ConfigMapping(prefix = "quarterly-report")
public interface ReportConfig {

    /** The role of the Labour Resources Development Centre's system: compiles and submits the report. */
    String ROLE = "ministry-report-submitter";

    /** The organisation that compiles the report (R3), as the report names it. */
    @WithDefault("JSC \"Labour Resources Development Centre\"")
    String compiler();
}

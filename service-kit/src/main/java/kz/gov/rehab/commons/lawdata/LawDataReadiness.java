package kz.gov.rehab.commons.lawdata;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * The readiness check {@code law-data}: always UP (a missing announcement never stops the service:
 * the calendar is computed from the rules, a filing waits for its MRP), but from the warning date it
 * lists what next year still lacks, so that operators see it where they look.
 */
@Readiness
@ApplicationScoped
public class LawDataReadiness implements HealthCheck {

    private final LawDataWarnings warnings;

    public LawDataReadiness(LawDataWarnings warnings) {
        this.warnings = warnings;
    }

    @Override
    public HealthCheckResponse call() {
        LawDataWarnings.Report report = warnings.current();
        HealthCheckResponseBuilder answer = HealthCheckResponse.named("law-data").up()
                .withData("year", report.year())
                .withData("warningsFrom", report.warningsFrom().toString())
                .withData("missing", report.gaps().size());
        report.gaps().forEach(gap -> answer.withData(gap.item(), gap.detail()));
        return answer.build();
    }
}

package kz.gov.rehab.compensation.stage;

import kz.gov.rehab.commons.money.Money;
import kz.gov.rehab.commons.time.ServiceClock;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashMap;
import java.util.Map;
import kz.gov.rehab.commons.events.Channel;
import kz.gov.rehab.commons.events.MonitoringData;
import kz.gov.rehab.commons.events.Provider;
import kz.gov.rehab.commons.events.StatusEvents;
import kz.gov.rehab.compensation.application.CompensationApplication;

/**
 * Records a stage of an application: a row of its history and a status event for the monitoring
 * system through the transactional outbox, both in the caller's transaction, so a stage is
 * recorded and announced exactly when the state change it describes is committed.
 */
@ApplicationScoped
public class StageRecorder {

    private final StatusEvents statusEvents;

    private final ServiceClock clock;

    public StageRecorder(StatusEvents statusEvents, ServiceClock clock) {
        this.clock = clock;
        this.statusEvents = statusEvents;
    }

    /**
     * @param detail for the history only (may name fields or reasons); never put into the event
     * @param actor  the user or system that caused the stage
     */
    public void record(CompensationApplication application, Stage stage, String detail, String actor) {
        record(application, stage, detail, actor, Map.of());
    }

    /** As {@link #record(CompensationApplication, Stage, String, String)}, with non-personal event details. */
    public void record(CompensationApplication application, Stage stage, String detail, String actor,
            Map<String, Object> eventDetails) {
        ApplicationStage row = new ApplicationStage();
        row.applicationId = application.id;
        row.stage = stage;
        row.detail = detail;
        row.actor = actor;
        row.at = clock.instant();
        row.persist();

        Map<String, Object> details = new LinkedHashMap<>();
        details.put("programme", application.programme.name());
        details.put("status", application.status.name());
        if (application.amountKzt != null) {
            details.put("amount", Money.kzt(application.amountKzt));
        }
        if (application.refusalReason != null) {
            details.put("refusalReason", application.refusalReason.name());
        }
        details.putAll(eventDetails);
        MonitoringData.Builder data = MonitoringData.stage(stage.stageName())
                .channel(Channel.SERVICE_PROVIDER)
                .occurredAt(row.at)
                .actorRole(stage.actorRole())
                .applicant(application.iin)
                .details(details);
        if (application.subdivision != null && !application.subdivision.isBlank()) {
            data.provider(Provider.labourSocialProtectionSubdivision(application.subdivision, null));
        }
        statusEvents.record(application.id, application.number, stage.eventType(), data.build());
    }
}

package kz.gov.rehab.certificate.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Map;
import kz.gov.rehab.commons.time.ServiceClock;
import kz.gov.rehab.commons.events.Channel;
import kz.gov.rehab.commons.events.MonitoringData;
import kz.gov.rehab.commons.events.Provider;
import kz.gov.rehab.commons.events.StatusEvents;

/**
 * Records each stage an application reaches (C9, para 16): a row of its stage history (for the
 * status inquiry, C12) and a status event in the outbox, both in the transaction of the change.
 */
@ApplicationScoped
public class StageRecorder {

    private final StatusEvents events;
    private final ServiceClock clock;

    public StageRecorder(StatusEvents events, ServiceClock clock) {
        this.events = events;
        this.clock = clock;
    }

    /** The monitoring system learns, with the deadline, whether it was counted through a provisional calendar year. */
    private static Map<String, Object> withDeadlineKind(CertificateApplication application, Map<String, Object> details) {
        if (application.readyDate == null) {
            return details;
        }
        Map<String, Object> all = new java.util.LinkedHashMap<>(details);
        all.put("deadlineProvisional", application.readyDateProvisional);
        return all;
    }

    /** Returns the stage's row, as a later read of the application's stages would give it. */
    @Transactional(Transactional.TxType.MANDATORY)
    public ApplicationStage record(CertificateApplication application, Stage stage, String actorRole) {
        return record(application, stage, actorRole, Map.of());
    }

    /** {@code details}: further non-personal fields of the event (see docs/events.md). Returns the stage's row. */
    @Transactional(Transactional.TxType.MANDATORY)
    public ApplicationStage record(CertificateApplication application, Stage stage, String actorRole, Map<String, Object> details) {
        ApplicationStage row = new ApplicationStage();
        row.applicationId = application.id;
        row.stage = stage;
        row.status = application.status;
        row.occurredAt = clock.now();
        row.actor = actorRole;
        row.persist();

        Provider provider = application.akimatCode == null
                ? Provider.stateCorporationBranch(application.branchNumber, "State Corporation branch " + application.branchNumber)
                : Provider.akimat(application.akimatCode, application.akimatName);
        events.record(application.id, application.number, stage.eventType(),
                MonitoringData.stage(stage.stageName())
                        .provider(provider)
                        .channel(Channel.STATE_CORPORATION)
                        .deadline(application.readyDate)
                        .occurredAt(row.occurredAt.toInstant())
                        .actorRole(actorRole)
                        .applicant(application.applicantIin)
                        .details(withDeadlineKind(application, details))
                        .build());
        return row;
    }
}

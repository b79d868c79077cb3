package kz.gov.rehab.compensation.stage;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import kz.gov.rehab.compensation.application.CompensationApplication;

/**
 * Records a stage of an application in its history, in the caller's transaction, so a stage is
 * recorded exactly when the state change it describes is committed.
 */
@ApplicationScoped
public class StageRecorder {

    public void record(CompensationApplication application, Stage stage, String detail, String actor) {
        ApplicationStage row = new ApplicationStage();
        row.applicationId = application.id;
        row.stage = stage;
        row.detail = detail;
        row.actor = actor;
        row.at = Instant.now();
        row.persist();
    }
}

package kz.gov.rehab.certificate.hearing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import kz.gov.rehab.certificate.Caller;
import kz.gov.rehab.commons.time.ServiceClock;
import kz.gov.rehab.certificate.application.ApplicationTransition;
import kz.gov.rehab.certificate.application.Applications;
import kz.gov.rehab.certificate.application.CertificateApplication;
import kz.gov.rehab.certificate.application.RefusalGround;
import kz.gov.rehab.certificate.application.ServiceDeadlineWatch;
import kz.gov.rehab.certificate.application.Stage;
import kz.gov.rehab.certificate.application.StageRecorder;
import kz.gov.rehab.commons.problem.Problem;
import kz.gov.rehab.commons.problem.ProblemException;

/**
 * No refusal without a hearing (C7, para 12): the akimat records a preliminary decision on one of
 * the two grounds of item 11 and notifies the applicant of the hearing; records the hearing (APPK
 * art. 74); only then may it refuse. It may also issue after the hearing.
 */
@ApplicationScoped
public class HearingProcedure {

    private final Applications applications;
    private final HearingTimetable timetable;
    private final StageRecorder stages;
    private final ServiceClock clock;
    private final ServiceDeadlineWatch deadlineWatch;

    public HearingProcedure(Applications applications, HearingTimetable timetable, StageRecorder stages, ServiceClock clock,
            ServiceDeadlineWatch deadlineWatch) {
        this.deadlineWatch = deadlineWatch;
        this.applications = applications;
        this.timetable = timetable;
        this.stages = stages;
        this.clock = clock;
    }

    @Transactional
    public Hearing recordPreliminaryRefusal(String number, PreliminaryRefusal decision, Long expectedVersion, Caller caller) {
        CertificateApplication application = applications.ofAkimat(number, caller);
        Applications.expectVersion(application, expectedVersion);
        application.apply(ApplicationTransition.RECORD_PRELIMINARY_REFUSAL);
        LocalDate today = clock.today();
        List<String> breaches = timetable.breaches(application.readyDate, today, decision.scheduledAt().toLocalDate());
        if (!breaches.isEmpty()) {
            throw ProblemException.ruleViolated("hearing-timing", "The hearing is not in time (para 12)",
                    String.join("; ", breaches));
        }
        // the version check first: a concurrent preliminary refusal is a 409 conflict, not a clash of hearing rows
        CertificateApplication.flush();
        Hearing hearing = new Hearing();
        hearing.applicationId = application.id;
        hearing.ground = decision.ground();
        hearing.groundDetails = decision.details();
        hearing.noticeWay = decision.noticeWay();
        hearing.notifiedOn = today;
        hearing.scheduledAt = decision.scheduledAt();
        hearing.place = decision.place();
        hearing.persist();
        stages.record(application, Stage.HEARING_SCHEDULED, caller.role(),
                Map.of("ground", decision.ground().name(), "noticeWay", decision.noticeWay().name(),
                        "hearingOn", decision.scheduledAt().toLocalDate().toString()));
        return hearing;
    }

    @Transactional
    public Hearing recordHearing(String number, HearingRecord record, Long expectedVersion, Caller caller) {
        CertificateApplication application = applications.ofAkimat(number, caller);
        Applications.expectVersion(application, expectedVersion);
        application.apply(ApplicationTransition.RECORD_HEARING);
        Hearing hearing = Hearing.findById(application.id);
        LocalDate today = clock.today();
        if (record.heldOn().isBefore(hearing.notifiedOn) || record.heldOn().isAfter(today)) {
            throw ProblemException.badRequest("The hearing date is not possible",
                    List.of(new Problem.Violation("heldOn", "must lie between the notice (" + hearing.notifiedOn + ") and today")));
        }
        if (!record.endedAt().isAfter(record.startedAt())) {
            throw ProblemException.badRequest("The hearing ends before it starts",
                    List.of(new Problem.Violation("endedAt", "must be after startedAt")));
        }
        hearing.heldOn = record.heldOn();
        hearing.startedAt = record.startedAt();
        hearing.endedAt = record.endedAt();
        hearing.place = record.place();
        hearing.body = record.body();
        hearing.official = record.official();
        hearing.participant = record.participant();
        hearing.question = record.question();
        hearing.statements = record.statements();
        hearing.questionsAndAnswers = record.questionsAndAnswers();
        hearing.factsToRecord = record.factsToRecord();
        stages.record(application, Stage.HEARING_HELD, caller.role());
        return hearing;
    }

    /** Item 11 after para 12: refuses on the ground of the preliminary decision, once the hearing was held. */
    @Transactional
    public CertificateApplication refuse(String number, String reason, Long expectedVersion, Caller caller) {
        CertificateApplication application = applications.ofAkimat(number, caller);
        Applications.expectVersion(application, expectedVersion);
        application.apply(ApplicationTransition.REFUSE);
        Hearing hearing = Hearing.findById(application.id);
        application.decision = CertificateApplication.Decision.REFUSED;
        application.refusalGround = hearing.ground;
        application.refusalReason = reason;
        deadlineWatch.stop(application);
        stages.record(application, Stage.REFUSED, caller.role(), Map.of("ground", hearing.ground.name()));
        return application;
    }

    public record PreliminaryRefusal(RefusalGround ground, String details, Hearing.NoticeWay noticeWay,
            LocalDateTime scheduledAt, String place) {
    }

    public record HearingRecord(LocalDate heldOn, LocalTime startedAt, LocalTime endedAt, String place, String body,
            String official, String participant, String question, String statements, String questionsAndAnswers,
            String factsToRecord) {
    }
}

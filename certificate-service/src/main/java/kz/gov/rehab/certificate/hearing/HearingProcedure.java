package kz.gov.rehab.certificate.hearing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import kz.gov.rehab.commons.caller.Caller;
import kz.gov.rehab.commons.refusal.InvalidInput;
import kz.gov.rehab.commons.refusal.Violation;
import kz.gov.rehab.commons.time.ServiceClock;
import kz.gov.rehab.certificate.application.ApplicationTransition;
import kz.gov.rehab.certificate.application.Applications;
import kz.gov.rehab.certificate.application.CertificateApplication;
import kz.gov.rehab.certificate.application.RefusalGround;
import kz.gov.rehab.certificate.application.ServiceDeadlineWatch;
import kz.gov.rehab.certificate.application.Stage;
import kz.gov.rehab.certificate.application.StageRecorder;

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
        OffsetDateTime notifiedAt = clock.now();
        LocalDate today = notifiedAt.toLocalDate();
        if (decision.scheduledAt().isBefore(notifiedAt.toLocalDateTime())) {
            throw new InvalidInput("The hearing cannot be held before the notice",
                    List.of(new Violation("scheduledAt", "must not be before the notice (" + notifiedAt.toLocalDateTime() + ")")));
        }
        // para 12 timetable: warnings for monitoring, never a block (HearingTimetable)
        List<String> warnings = timetable.warnings(application.readyDate, today, decision.scheduledAt().toLocalDate());
        // the version check first: a concurrent preliminary refusal is a state conflict, not a clash of hearing rows
        CertificateApplication.flush();
        Hearing hearing = new Hearing();
        hearing.applicationId = application.id;
        hearing.ground = decision.ground();
        hearing.groundDetails = decision.details();
        hearing.noticeWay = decision.noticeWay();
        hearing.notifiedOn = today;
        hearing.notifiedAt = notifiedAt;
        hearing.timetableWarnings = warnings;
        hearing.scheduledAt = decision.scheduledAt();
        hearing.place = decision.place();
        hearing.persist();
        Map<String, Object> timetableData = Map.of("hearingOn", decision.scheduledAt().toLocalDate().toString(),
                "timetableWarnings", warnings);
        stages.record(application, Stage.HEARING_SCHEDULED, caller.role(),
                Map.of("ground", decision.ground().name(), "legalBasis", decision.ground().legalBasis(),
                        "noticeWay", decision.noticeWay().name(), "hearingOn", decision.scheduledAt().toLocalDate().toString(),
                        "timetableWarnings", warnings));
        deadlineWatch.start(application, timetableData);
        return hearing;
    }

    @Transactional
    public Hearing recordHearing(String number, HearingRecord record, Long expectedVersion, Caller caller) {
        CertificateApplication application = applications.ofAkimat(number, caller);
        Applications.expectVersion(application, expectedVersion);
        application.apply(ApplicationTransition.RECORD_HEARING);
        Hearing hearing = Hearing.findById(application.id);
        OffsetDateTime now = clock.now();
        if (record.heldOn().isAfter(now.toLocalDate())) {
            throw new InvalidInput("The hearing date is not possible",
                    List.of(new Violation("heldOn", "must not be in the future")));
        }
        HearingHeldAfterNotice.check(hearing.notifiedAt, record.heldOn().atTime(record.startedAt()), now.getOffset());
        if (!record.endedAt().isAfter(record.startedAt())) {
            throw new InvalidInput("The hearing ends before it starts",
                    List.of(new Violation("endedAt", "must be after startedAt")));
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
        stages.record(application, Stage.REFUSED, caller.role(),
                Map.of("ground", hearing.ground.name(), "legalBasis", hearing.ground.legalBasis()));
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

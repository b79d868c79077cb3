package kz.gov.rehab.certificate.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kz.gov.rehab.certificate.calendar.WorkingDayCalendar.YearConfirmed;
import kz.gov.rehab.commons.time.ServiceClock;
import org.jboss.logging.Logger;

/**
 * When a provisional year of the calendar is confirmed, the ready dates of the open applications
 * that were counted through a provisional year are counted again (C5). A date already promised on a
 * receipt never moves earlier: the new date is the later of the promised and the recounted one. Each
 * date that moves is recorded as the stage {@link Stage#DEADLINE_RECOMPUTED} (an event to the
 * monitoring system) and the deadline watch follows it.
 */
@ApplicationScoped
public class ReadyDateRecomputation {

    private static final Logger LOG = Logger.getLogger(ReadyDateRecomputation.class);
    static final String CALENDAR_ACTOR = "calendar-operator";
    private static final List<ApplicationStatus> OPEN = List.of(ApplicationStatus.UNDER_REVIEW,
            ApplicationStatus.HEARING_SCHEDULED, ApplicationStatus.HEARING_HELD);

    private final ServiceDeadline deadline;
    private final StageRecorder stages;
    private final ServiceDeadlineWatch watch;
    private final ServiceClock clock;

    public ReadyDateRecomputation(ServiceDeadline deadline, StageRecorder stages, ServiceDeadlineWatch watch,
            ServiceClock clock) {
        this.deadline = deadline;
        this.stages = stages;
        this.watch = watch;
        this.clock = clock;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    void yearConfirmed(@Observes YearConfirmed confirmed) {
        List<CertificateApplication> open = CertificateApplication.list(
                "readyDateProvisional = true and status in ?1 order by submittedAt", OPEN);
        int moved = 0;
        for (CertificateApplication application : open) {
            LocalDate acceptedOn = application.submittedAt.atZoneSameInstant(clock.zone()).toLocalDate();
            ServiceDeadline.ReadyDate recounted = deadline.readyDate(acceptedOn);
            LocalDate promised = application.readyDate;
            LocalDate kept = recounted.date().isAfter(promised) ? recounted.date() : promised;
            application.readyDateProvisional = recounted.provisional();
            if (!kept.equals(promised)) {
                application.readyDate = kept;
                watch.start(application);
                Map<String, Object> details = new LinkedHashMap<>();
                details.put("previousReadyDate", promised.toString());
                details.put("readyDate", kept.toString());
                details.put("confirmedYear", confirmed.year());
                stages.record(application, Stage.DEADLINE_RECOMPUTED, CALENDAR_ACTOR, details);
                moved++;
            }
        }
        LOG.infof("calendar %d confirmed: %d open applications counted again, %d ready dates moved",
                confirmed.year(), open.size(), moved);
    }
}

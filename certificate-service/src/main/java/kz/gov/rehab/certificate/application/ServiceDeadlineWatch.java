package kz.gov.rehab.certificate.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalTime;
import java.util.Map;
import kz.gov.rehab.commons.time.ServiceClock;
import kz.gov.rehab.certificate.calendar.WorkingDayCalendar;
import kz.gov.rehab.commons.events.Channel;
import kz.gov.rehab.commons.events.MonitoringData;
import kz.gov.rehab.commons.events.Provider;
import kz.gov.rehab.commons.events.deadline.DeadlineWatch;

/**
 * Watches the C5 deadline of an accepted application for the monitoring system: "deadline
 * approaching" at the start of the working day before the ready date, "deadline breached" when the
 * ready date ends without a result. The watch stops when the akimat decides (issued or refused).
 */
@ApplicationScoped
public class ServiceDeadlineWatch {

    /** The working day starts at 9:00 (standard item 9). */
    static final LocalTime WORKING_DAY_START = LocalTime.of(9, 0);

    private final DeadlineWatch watch;
    private final WorkingDayCalendar calendar;
    private final ServiceClock clock;

    public ServiceDeadlineWatch(DeadlineWatch watch, WorkingDayCalendar calendar, ServiceClock clock) {
        this.watch = watch;
        this.calendar = calendar;
        this.clock = clock;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void start(CertificateApplication application) {
        start(application, Map.of());
    }

    /**
     * Starts the watch again with further non-personal data its warnings carry, e.g. the hearing
     * timetable and its warnings once a hearing is scheduled (para 12): the deadline events then tell
     * monitoring that a refusal is pending and whether its notice or hearing came late.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void start(CertificateApplication application, Map<String, Object> details) {
        Instant approaching = calendar.minusWorkingDays(application.readyDate, 1).atTime(WORKING_DAY_START)
                .atZone(clock.zone()).toInstant();
        Instant deadline = application.readyDate.plusDays(1).atStartOfDay(clock.zone()).toInstant();
        watch.start(application.id, application.number, approaching, deadline,
                MonitoringData.stage("deadline-watch")
                        .provider(Provider.akimat(application.akimatCode, application.akimatName))
                        .channel(Channel.STATE_CORPORATION)
                        .deadline(application.readyDate)
                        .applicant(application.applicantIin)
                        .details(details)
                        .build());
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void stop(CertificateApplication application) {
        watch.stop(application.id);
    }
}

package kz.gov.rehab.certificate.hearing;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import kz.gov.rehab.certificate.calendar.WorkingDayCalendar;
import kz.gov.rehab.certificate.rules.ServiceRule;
import kz.gov.rehab.certificate.rules.ServiceRules;

/**
 * When the applicant must be notified and heard before a refusal (para 12, APPK art. 73–74): the
 * notice at least N working days before the service deadline, the hearing within M working days of
 * the notice. N and M are dated data ({@code service_rule}), counted on the working-day calendar.
 *
 * <p>The timetable only warns: it is not confirmed for this service (docs/law.md §4), so a late
 * notice or a late hearing is recorded and reported to monitoring, never a reason to stop the akimat
 * from deciding. A state in which the akimat could neither issue nor refuse would leave the
 * applicant without the decision they can appeal (para 18).
 */
@ApplicationScoped
public class HearingTimetable {

    private final WorkingDayCalendar calendar;
    private final ServiceRules rules;

    public HearingTimetable(WorkingDayCalendar calendar, ServiceRules rules) {
        this.calendar = calendar;
        this.rules = rules;
    }

    /** The last day on which the notice may be given for a result due on {@code readyDate}. */
    public LocalDate latestNoticeDate(LocalDate readyDate, LocalDate today) {
        return calendar.minusWorkingDays(readyDate,
                rules.valueOn(ServiceRule.HEARING_NOTICE_WORKING_DAYS_BEFORE_DEADLINE, today));
    }

    /** The last day on which the hearing may be held after a notice given on {@code notifiedOn}. */
    public LocalDate latestHearingDate(LocalDate notifiedOn) {
        return calendar.plusWorkingDays(notifiedOn,
                rules.valueOn(ServiceRule.HEARING_WITHIN_WORKING_DAYS_OF_NOTICE, notifiedOn));
    }

    /**
     * Warnings about notifying on {@code notifiedOn} of a hearing on {@code hearingOn}; empty when it is
     * in time. The calendar is computed for every year, so a timetable can always be counted.
     */
    public List<String> warnings(LocalDate readyDate, LocalDate notifiedOn, LocalDate hearingOn) {
        List<String> warnings = new ArrayList<>();
        LocalDate latestNotice = latestNoticeDate(readyDate, notifiedOn);
        if (notifiedOn.isAfter(latestNotice)) {
            warnings.add("the notice of the hearing was due by " + latestNotice
                    + " (working days before the service deadline " + readyDate + ")");
        }
        LocalDate latestHearing = latestHearingDate(notifiedOn);
        if (hearingOn.isAfter(latestHearing)) {
            warnings.add("the hearing is due by " + latestHearing + " (working days after the notice)");
        }
        return warnings;
    }
}

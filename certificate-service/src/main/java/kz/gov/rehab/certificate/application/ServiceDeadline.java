package kz.gov.rehab.certificate.application;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import kz.gov.rehab.certificate.calendar.WorkingDayCalendar;
import kz.gov.rehab.certificate.calendar.WorkingDays;
import kz.gov.rehab.certificate.rules.ServiceRule;
import kz.gov.rehab.certificate.rules.ServiceRules;

/**
 * C5 (service standard item 5): the result is ready 5 working days after acceptance at the State
 * Corporation; the day of acceptance is not counted. The number of days is the rule in force on
 * the day of acceptance; the days are those of the working-day calendar.
 */
@ApplicationScoped
public class ServiceDeadline {

    private final WorkingDayCalendar calendar;
    private final ServiceRules rules;

    public ServiceDeadline(WorkingDayCalendar calendar, ServiceRules rules) {
        this.calendar = calendar;
        this.rules = rules;
    }

    /**
     * The date on which the ready result is handed out, for documents accepted on {@code acceptedOn},
     * and whether it was counted through a provisional year of the calendar.
     */
    public ReadyDate readyDate(LocalDate acceptedOn) {
        WorkingDays.Counted counted = calendar.plus(acceptedOn,
                rules.valueOn(ServiceRule.SERVICE_DEADLINE_WORKING_DAYS, acceptedOn));
        return new ReadyDate(counted.date(), counted.provisional());
    }

    /** The ready date, and whether a year it was counted through still awaits its announced facts. */
    public record ReadyDate(LocalDate date, boolean provisional) {
    }
}

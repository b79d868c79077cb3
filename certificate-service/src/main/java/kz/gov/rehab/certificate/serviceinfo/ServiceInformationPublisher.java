package kz.gov.rehab.certificate.serviceinfo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import kz.gov.rehab.commons.caller.Caller;
import kz.gov.rehab.commons.refusal.InvalidInput;
import kz.gov.rehab.commons.refusal.Violation;
import kz.gov.rehab.commons.time.ServiceClock;
import kz.gov.rehab.certificate.calendar.WorkingDayCalendar;
import kz.gov.rehab.certificate.rules.ServiceRule;
import kz.gov.rehab.certificate.rules.ServiceRules;
import kz.gov.rehab.commons.events.MonitoringData;
import kz.gov.rehab.commons.events.StatusEvents;
import kz.gov.rehab.commons.idempotency.IdempotencyClaim;

/**
 * Publishing a new version of the service information (C11, para 20): within 3 working days of the
 * rules being approved or changed, the information goes to the Unified Contact Centre, the
 * provider, the State Corporation and the "digital government" operator — here, one
 * {@code service-information.changed} event addressed to them, with the due date.
 */
@ApplicationScoped
public class ServiceInformationPublisher {

    /** Key of the service-information events on the topic (they concern no application). */
    static final UUID EVENT_KEY = UUID.nameUUIDFromBytes("certificate-service-information".getBytes());
    /** Para 20: who receives the updated information. */
    static final List<String> ADDRESSEES = List.of("unified-contact-centre-1414", "service-provider-akimats",
            "state-corporation", "digital-government-operator");

    private final StatusEvents events;
    private final WorkingDayCalendar calendar;
    private final ServiceRules rules;
    private final ServiceClock clock;

    public ServiceInformationPublisher(StatusEvents events, WorkingDayCalendar calendar, ServiceRules rules, ServiceClock clock) {
        this.events = events;
        this.calendar = calendar;
        this.rules = rules;
        this.clock = clock;
    }

    @Transactional
    public ServiceInformation publish(LocalDate approvedOn, LocalDate effectiveFrom, List<ServiceInformation.StandardItem> items,
            Caller caller, IdempotencyClaim<ServiceInformation> claim) {
        claim.take();
        if (approvedOn.isAfter(clock.today()) || approvedOn.getYear() < 1900) {
            throw new InvalidInput("The approval date is not possible",
                    List.of(new Violation("approvedOn", "must not be in the future nor before 1900")));
        }
        if (effectiveFrom.isBefore(approvedOn)) {
            throw new InvalidInput("The rules cannot take effect before they are approved",
                    List.of(new Violation("effectiveFrom", "must not be before approvedOn")));
        }
        List<Integer> numbers = items.stream().map(ServiceInformation.StandardItem::item).sorted().toList();
        if (!numbers.equals(java.util.stream.IntStream.rangeClosed(1, 12).boxed().toList())) {
            throw new InvalidInput("The service standard has items 1 to 12, each once",
                    List.of(new Violation("items", "must hold items 1 to 12, each once")));
        }
        ServiceInformation version = new ServiceInformation();
        Integer latest = ServiceInformation.getEntityManager()
                .createQuery("select max(s.version) from ServiceInformation s", Integer.class).getSingleResult();
        version.version = latest == null ? 1 : latest + 1;
        version.approvedOn = approvedOn;
        version.effectiveFrom = effectiveFrom;
        version.updateDueOn = calendar.plusWorkingDays(approvedOn,
                rules.valueOn(ServiceRule.SERVICE_INFORMATION_UPDATE_WORKING_DAYS, approvedOn));
        version.items = List.copyOf(items);
        version.publishedAt = clock.now();
        version.publishedBy = caller.system();
        version.persist();
        events.record(EVENT_KEY, "service-information-v" + version.version, "service-information.changed",
                MonitoringData.stage("service-information-changed")
                        .deadline(version.updateDueOn)
                        .occurredAt(version.publishedAt.toInstant())
                        .actorRole(caller.role())
                        .details(Map.of("version", version.version, "effectiveFrom", effectiveFrom.toString(),
                                "approvedOn", approvedOn.toString(), "addressees", ADDRESSEES,
                                "publishedInTime", !version.publishedAt.toLocalDate().isAfter(version.updateDueOn)))
                        .build());
        return claim.answer(version);
    }
}

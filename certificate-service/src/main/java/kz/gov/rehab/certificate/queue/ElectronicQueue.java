package kz.gov.rehab.certificate.queue;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import kz.gov.rehab.certificate.rules.ServiceRules;
import kz.gov.rehab.commons.events.EventSubject;
import kz.gov.rehab.commons.events.MonitoringData;
import kz.gov.rehab.commons.events.StatusEvents;
import kz.gov.rehab.commons.refusal.NotFound;
import kz.gov.rehab.commons.refusal.RuleBroken;
import kz.gov.rehab.commons.time.ServiceClock;
import kz.gov.rehab.commons.idempotency.IdempotencyClaim;
import org.jboss.logging.Logger;

/**
 * The electronic queue of a State Corporation branch (standard item 9): a ticket taken at the branch
 * or a slot booked through the portal, served in the order of joining the queue (a booking joins at
 * its slot, or at the arrival when later: no fast-track), called to a window, and served by the
 * intake that names it. The wait (item 5.2) and the service (item 5.3) are measured on the one
 * clock; a time over its limit is a breach: a status event to the monitoring system and the counter
 * {@code rehab_queue_breaches_total{branch,limit}}.
 */
@ApplicationScoped
public class ElectronicQueue {

    /** The kind of event subject of a ticket (docs/events.md). */
    public static final String SUBJECT_KIND = "queue-ticket";
    static final String BREACH_METER = "rehab.queue.breaches";
    private static final Logger LOG = Logger.getLogger(ElectronicQueue.class);
    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;
    private static final String ARRIVAL = "only a booked slot is checked in on arrival";
    private static final String SERVICE = "an intake names a ticket called to a window and not yet served";

    private final EntityManager em;
    private final BranchSchedule schedule;
    private final ServiceRules rules;
    private final StatusEvents events;
    private final MeterRegistry meters;
    private final ServiceClock clock;
    private final TransactionSynchronizationRegistry transactions;

    public ElectronicQueue(EntityManager em, BranchSchedule schedule, ServiceRules rules, StatusEvents events,
            MeterRegistry meters, ServiceClock clock, TransactionSynchronizationRegistry transactions) {
        this.transactions = transactions;
        this.em = em;
        this.schedule = schedule;
        this.rules = rules;
        this.events = events;
        this.meters = meters;
        this.clock = clock;
    }

    /** A ticket taken at the branch, while it is open: it joins the queue now. */
    @Transactional
    public QueueTicket take(String branch, IdempotencyClaim<QueueTicket> claim) {
        claim.take();
        OffsetDateTime now = clock.now();
        schedule.requireOpen(branch, now);
        QueueTicket ticket = newTicket(branch, QueueTicket.Channel.WALK_IN, now);
        ticket.status = QueueTicket.Status.WAITING;
        ticket.queuedAt = now;
        ticket.persist();
        return claim.answer(ticket);
    }

    /** A slot booked through the portal: in the future, within the branch's opening hours. */
    @Transactional
    public QueueTicket book(String branch, OffsetDateTime slotAt, IdempotencyClaim<QueueTicket> claim) {
        claim.take();
        OffsetDateTime now = clock.now();
        if (!slotAt.isAfter(now)) {
            throw new RuleBroken("slot-in-the-past", "The slot has passed", "A slot is booked ahead: " + slotAt + " is not after " + now);
        }
        schedule.requireOpen(branch, slotAt);
        QueueTicket ticket = newTicket(branch, QueueTicket.Channel.BOOKED, now);
        ticket.status = QueueTicket.Status.BOOKED;
        ticket.slotAt = slotAt;
        ticket.persist();
        return claim.answer(ticket);
    }

    /** The holder of a booked slot arrives at the branch: joins the queue at the slot, or now when later. */
    @Transactional
    public QueueTicket arrive(String number, String branch) {
        QueueTicket ticket = ticketOf(number, branch);
        ticket.requireMove(QueueTicket.Status.WAITING, ARRIVAL);
        OffsetDateTime now = clock.now();
        schedule.requireOpen(branch, now);
        ticket.moveTo(QueueTicket.Status.WAITING, ARRIVAL);
        ticket.queuedAt = now.isAfter(ticket.slotAt) ? now : ticket.slotAt;
        return ticket;
    }

    /**
     * Calls the ticket that joined the queue first (and whose time has come) to a window: the wait
     * ends (item 5.2). Empty when nobody waits.
     */
    @Transactional
    public Optional<QueueTicket> callNext(String branch, String window) {
        schedule.kind(branch);
        OffsetDateTime now = clock.now();
        List<QueueTicket> next = em.createQuery("""
                FROM QueueTicket WHERE branchNumber = :branch AND status = :waiting AND queuedAt <= :now
                ORDER BY queuedAt, number""", QueueTicket.class)
                .setParameter("branch", branch).setParameter("waiting", QueueTicket.Status.WAITING).setParameter("now", now)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).setHint("jakarta.persistence.lock.timeout", -2)
                .setMaxResults(1).getResultList();
        if (next.isEmpty()) {
            return Optional.empty();
        }
        QueueTicket ticket = next.get(0);
        ticket.moveTo(QueueTicket.Status.CALLED, "only a waiting ticket is called to a window");
        ticket.calledAt = now;
        ticket.window = window;
        Duration wait = Duration.between(ticket.queuedAt, now);
        ticket.waitSeconds = wait.toSeconds();
        limitInForce(TimeLimit.WAIT, now).flatMap(max -> TimeLimit.WAIT.breachedBy(wait, max)).ifPresent(breach -> {
            ticket.waitBreach = true;
            breach(ticket, breach);
        });
        return Optional.of(ticket);
    }

    /**
     * Checks, before anything is written, that an intake may be taken against the ticket now: the
     * branch is open (item 9) — or the ticket was called in its hours, so that those in the hall at
     * closing are served — and the ticket has been called at this branch and not yet served.
     */
    @Transactional
    public void requireServableNow(String number, String branch, OffsetDateTime now) {
        boolean calledInHours = QueueTicket.byNumber(number)
                .filter(t -> t.branchNumber.equals(branch) && t.status == QueueTicket.Status.CALLED)
                .filter(t -> schedule.openAt(branch, t.calledAt)).isPresent();
        if (!calledInHours) {
            schedule.requireOpen(branch, now);
        }
        requireCalled(number, branch);
    }

    /** Checks that the ticket of an intake has been called at this branch and not yet served. */
    @Transactional
    public QueueTicket requireCalled(String number, String branch) {
        QueueTicket ticket = ticketOf(number, branch);
        ticket.requireMove(QueueTicket.Status.SERVED, SERVICE);
        return ticket;
    }

    /** The receipt is given: the service ends (item 5.3). In the intake's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public QueueTimes serve(String number, String branch, String applicationNumber, OffsetDateTime at) {
        QueueTicket ticket = ticketOf(number, branch);
        ticket.moveTo(QueueTicket.Status.SERVED, SERVICE);
        ticket.servedAt = at;
        ticket.applicationNumber = applicationNumber;
        Duration service = Duration.between(ticket.calledAt, at);
        ticket.serviceSeconds = Math.max(0, service.toSeconds());
        limitInForce(TimeLimit.SERVICE, at).flatMap(max -> TimeLimit.SERVICE.breachedBy(service, max)).ifPresent(breach -> {
            ticket.serviceBreach = true;
            breach(ticket, breach);
        });
        return QueueTimes.of(ticket, clock.zone());
    }

    /** The branch's day for the quality authority. */
    @Transactional
    public DailySummary summary(String branch, LocalDate date) {
        schedule.kind(branch);
        OffsetDateTime from = date.atStartOfDay(clock.zone()).toOffsetDateTime();
        OffsetDateTime to = date.plusDays(1).atStartOfDay(clock.zone()).toOffsetDateTime();
        List<QueueTicket> day = em.createQuery("FROM QueueTicket WHERE branchNumber = :branch AND queuedAt >= :from AND queuedAt < :to",
                QueueTicket.class).setParameter("branch", branch).setParameter("from", from).setParameter("to", to).getResultList();
        List<Long> waits = day.stream().filter(t -> t.waitSeconds != null).map(t -> t.waitSeconds).sorted().toList();
        List<Long> services = day.stream().filter(t -> t.serviceSeconds != null).map(t -> t.serviceSeconds).sorted().toList();
        return new DailySummary(branch, date, day.size(), waits.size(), services.size(),
                DailySummary.percentile(waits, 50), DailySummary.percentile(waits, 95),
                DailySummary.percentile(services, 50), DailySummary.percentile(services, 95),
                (int) day.stream().filter(t -> t.waitBreach).count(), (int) day.stream().filter(t -> t.serviceBreach).count(),
                limitInForce(TimeLimit.WAIT, to.minusNanos(1)).orElse(0), limitInForce(TimeLimit.SERVICE, to.minusNanos(1)).orElse(0));
    }

    /** A ticket of this branch. */
    @Transactional
    public QueueTicket ticketOf(String number, String branch) {
        return QueueTicket.byNumber(number).filter(t -> t.branchNumber.equals(branch))
                .orElseThrow(() -> new NotFound("unknown-ticket", "Unknown ticket",
                        "No ticket " + number + " of branch " + branch + " is on record"));
    }

    private Optional<Integer> limitInForce(TimeLimit limit, OffsetDateTime at) {
        var value = rules.inForceOn(limit.rule(), at.atZoneSameInstant(clock.zone()).toLocalDate());
        return value.isPresent() ? Optional.of(value.getAsInt()) : Optional.empty();
    }

    private void breach(QueueTicket ticket, TimeLimit.Breach breach) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("branch", ticket.branchNumber);
        details.put("ticket", ticket.number);
        details.put("channel", ticket.channel.name());
        details.put("limit", breach.limit().item());
        details.put("maxMinutes", breach.maxMinutes());
        details.put("measuredSeconds", breach.measured().toSeconds());
        if (ticket.applicationNumber != null) {
            details.put("applicationNumber", ticket.applicationNumber);
        }
        events.record(new EventSubject(SUBJECT_KIND, ticket.id, ticket.number), breach.limit().eventType(),
                MonitoringData.stage(breach.limit().eventType().substring("queue.".length())).details(details).build());
        // counted once the breach is on record: a rolled-back call or intake counts nothing
        String branch = ticket.branchNumber;
        String limit = breach.limit() instanceof TimeLimit.Wait ? "wait" : "service";
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    meters.counter(BREACH_METER, "branch", branch, "limit", limit).increment();
                }
            }
        });
        LOG.warnf("Ticket %s of branch %s over the limit of %s: %d s (limit %d min)", ticket.number, ticket.branchNumber,
                breach.limit().item(), breach.measured().toSeconds(), breach.maxMinutes());
    }

    private QueueTicket newTicket(String branch, QueueTicket.Channel channel, OffsetDateTime now) {
        long serial = ((Number) em.createNativeQuery("SELECT nextval('queue_ticket_serial')").getSingleResult()).longValue();
        QueueTicket ticket = new QueueTicket();
        ticket.id = UUID.randomUUID();
        ticket.number = "%s-%s-%s%04d".formatted(branch, DAY.format(now.atZoneSameInstant(clock.zone()).toLocalDate()),
                channel == QueueTicket.Channel.BOOKED ? "B" : "W", serial);
        ticket.branchNumber = branch;
        ticket.channel = channel;
        ticket.takenAt = now;
        return ticket;
    }
}

package kz.gov.rehab.compensation.payout;

import kz.gov.rehab.commons.money.Money;
import kz.gov.rehab.compensation.FourEyes;
import kz.gov.rehab.commons.refusal.InvalidInput;
import kz.gov.rehab.commons.refusal.NotFound;
import kz.gov.rehab.commons.refusal.RuleBroken;
import kz.gov.rehab.commons.refusal.StateConflict;
import kz.gov.rehab.commons.refusal.Violation;
import kz.gov.rehab.commons.time.ServiceClock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import kz.gov.rehab.commons.concurrency.VersionMismatch;
import kz.gov.rehab.commons.refusal.TransitionNotAllowed;
import kz.gov.rehab.commons.idempotency.IdempotencyClaim;
import kz.gov.rehab.compensation.application.ApplicationStatus;
import kz.gov.rehab.compensation.application.CompensationApplication;
import kz.gov.rehab.compensation.programme.PayoutProgramme;
import kz.gov.rehab.compensation.stage.Stage;
import kz.gov.rehab.compensation.stage.StageRecorder;
import org.hibernate.exception.ConstraintViolationException;
import org.jboss.logging.Logger;

/**
 * The payout of assigned compensations: a batch is gathered by one payment operator (maker),
 * approved by another (checker, four-eyes), sent to the bank, and settled item by item by the
 * bank's answers. A person is never paid twice: items move only forward, a failed item stays
 * failed (the compensation is re-issued in a later batch), and the database refuses a second live
 * or paid item.
 */
@ApplicationScoped
public class PayoutBatches {

    private static final Logger LOG = Logger.getLogger(PayoutBatches.class);
    public static final int MAX_BATCH_SIZE = 1000;

    private final StageRecorder stages;
    private final EntityManager em;

    private final ServiceClock clock;

    public PayoutBatches(StageRecorder stages, EntityManager em, ServiceClock clock) {
        this.clock = clock;
        this.stages = stages;
        this.em = em;
    }

    /**
     * Gathers up to {@code maxItems} payments of the programme into a new batch (the maker): assigned
     * one-time compensations, or the instalments of a periodic programme that have fallen due (first
     * day of their month, today or earlier) and have no payment on its way or paid.
     */
    @Transactional
    public PayoutBatch assemble(PayoutProgramme programme, int maxItems, String maker, IdempotencyClaim<PayoutBatch> claim) {
        claim.take();
        List<Due> due = programme.periodic() ? dueInstalments(programme, maxItems) : assignedAwards(programme, maxItems);
        if (due.isEmpty()) {
            throw new RuleBroken("nothing-to-pay", "Nothing to pay",
                    "No assigned compensation of " + programme + " waits for a payout batch");
        }
        PayoutBatch batch = new PayoutBatch();
        batch.id = UUID.randomUUID();
        Number next = (Number) em.createNativeQuery("SELECT nextval('payout_batch_number_seq')").getSingleResult();
        batch.number = "PB-%d-%05d".formatted(clock.today().getYear(), next.longValue());
        batch.programme = programme;
        batch.status = BatchStatus.ASSEMBLED;
        batch.createdBy = maker;
        batch.createdAt = clock.instant();
        BigDecimal total = BigDecimal.ZERO;
        List<UUID> ids = due.stream().map(Due::applicationId).distinct().toList();
        Map<UUID, CompensationApplication> applications = applicationsById(ids);
        Map<UUID, Map<LocalDate, Long>> earlier = earlierItems(ids);
        List<PayoutItem> items = new ArrayList<>();
        for (Due payment : due) {
            CompensationApplication application = applications.get(payment.applicationId());
            if (!programme.periodic()) {
                application.moveTo(ApplicationStatus.IN_PAYOUT, "include the compensation in a payout batch", clock.instant());
            }
            PayoutItem item = new PayoutItem();
            item.id = UUID.randomUUID();
            item.batchId = batch.id;
            item.applicationId = application.id;
            item.programme = programme;
            item.iin = application.iin;
            item.periodMonth = payment.month();
            Map<LocalDate, Long> earlierOfApplication = earlier.getOrDefault(application.id, Map.of());
            long attempt = (payment.month() == null ? earlierOfApplication.values().stream().mapToLong(Long::longValue).sum()
                    : earlierOfApplication.getOrDefault(payment.month(), 0L)) + 1;
            item.endToEndId = application.number + (payment.month() == null ? ""
                    : "-" + payment.month().format(java.time.format.DateTimeFormatter.ofPattern("yyyyMM"))) + "-" + attempt;
            item.creditorName = String.join(" ", application.registrySnapshot.person().surname(),
                    application.registrySnapshot.person().firstName(),
                    application.registrySnapshot.person().patronymic() == null ? "" : application.registrySnapshot.person().patronymic()).trim();
            item.iban = application.iban;
            item.bankBic = application.bankBic;
            item.amountKzt = payment.amountKzt();
            item.status = ItemStatus.INCLUDED;
            items.add(item);
            total = total.add(item.amountKzt);
            stages.record(application, Stage.BATCHED, batch.number, maker, item.eventDetails());
        }
        batch.itemCount = items.size();
        batch.totalKzt = total;
        batch.persist();
        // written in JDBC batches at the flush (quarkus.hibernate-orm.jdbc.statement-batch-size)
        items.forEach(item -> item.persist());
        flushGuarded();
        LOG.infof("payout batch %s assembled: %d items", batch.number, batch.itemCount);
        return claim.answer(batch);
    }

    /** The applications of a batch, read in one query. */
    private static Map<UUID, CompensationApplication> applicationsById(List<UUID> ids) {
        Map<UUID, CompensationApplication> found = new HashMap<>();
        CompensationApplication.<CompensationApplication>list("id in ?1", ids).forEach(a -> found.put(a.id, a));
        return found;
    }

    /**
     * How many payout items each application already has, per instalment month (the key {@code null} for
     * a one-time award), read in one query: the next attempt's number is one more.
     */
    private Map<UUID, Map<LocalDate, Long>> earlierItems(List<UUID> ids) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                SELECT application_id, period_month, count(*) FROM payout_item
                WHERE application_id IN (:ids) GROUP BY application_id, period_month""")
                .setParameter("ids", ids)
                .getResultList();
        Map<UUID, Map<LocalDate, Long>> counts = new HashMap<>();
        for (Object[] row : rows) {
            counts.computeIfAbsent((UUID) row[0], id -> new HashMap<>())
                    .put(row[1] == null ? null : toLocalDate(row[1]), ((Number) row[2]).longValue());
        }
        return counts;
    }

    /** A payment waiting for a batch: an award, and for a periodic programme the month of the instalment. */
    record Due(UUID applicationId, LocalDate month, BigDecimal amountKzt) {
    }

    private List<Due> assignedAwards(PayoutProgramme programme, int maxItems) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                SELECT id, amount_kzt FROM compensation_application
                WHERE programme = :programme AND status = 'ASSIGNED'
                ORDER BY decided_at, number LIMIT :limit FOR UPDATE SKIP LOCKED""")
                .setParameter("programme", programme.name())
                .setParameter("limit", maxItems)
                .getResultList();
        return rows.stream().map(row -> new Due((UUID) row[0], null, (BigDecimal) row[1])).toList();
    }

    private List<Due> dueInstalments(PayoutProgramme programme, int maxItems) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                SELECT i.application_id, i.month, i.amount_kzt FROM instalment i
                JOIN compensation_application a ON a.id = i.application_id
                WHERE i.programme = :programme AND a.status = 'ASSIGNED' AND i.month <= :today
                  AND NOT EXISTS (SELECT 1 FROM payout_item p WHERE p.application_id = i.application_id
                                  AND p.period_month = i.month AND p.status IN ('INCLUDED', 'SENT', 'PAID'))
                ORDER BY i.month, a.number LIMIT :limit FOR UPDATE OF i SKIP LOCKED""")
                .setParameter("programme", programme.name())
                .setParameter("today", clock.today())
                .setParameter("limit", maxItems)
                .getResultList();
        return rows.stream().map(row -> new Due((UUID) row[0], toLocalDate(row[1]), (BigDecimal) row[2])).toList();
    }

    private static LocalDate toLocalDate(Object value) {
        return value instanceof java.sql.Date date ? date.toLocalDate() : (LocalDate) value;
    }

    /**
     * The checker approves the batch; the checker is not the maker (four-eyes). With an
     * {@code expectedVersion} (the batch's ETag the checker read), only that version is approved.
     */
    @Transactional
    public PayoutBatch approve(UUID id, Long expectedVersion, String checker, IdempotencyClaim<PayoutBatch> claim) {
        claim.take();
        PayoutBatch batch = findForUpdate(id);
        VersionMismatch.check("payout batch", batch.version, expectedVersion, batch.status);
        if (batch.status == BatchStatus.ASSEMBLED) {
            FourEyes.requireAnotherUser(batch.createdBy, checker, "Batch " + batch.number, batch.status);
        }
        batch.moveTo(BatchStatus.APPROVED, "Approving the batch");
        batch.approvedBy = checker;
        batch.approvedAt = clock.instant();
        forEachItem(batch, (item, application) -> stages.record(application, Stage.BATCH_APPROVED, batch.number, checker,
                item.eventDetails()));
        em.flush(); // the version the answer's ETag names is the one written
        return claim.answer(batch);
    }

    /** Sends an approved batch to the bank (only the version read, with an {@code expectedVersion}). */
    @Transactional
    public PayoutBatch send(UUID id, Long expectedVersion, String operator, IdempotencyClaim<PayoutBatch> claim) {
        claim.take();
        PayoutBatch batch = findForUpdate(id);
        VersionMismatch.check("payout batch", batch.version, expectedVersion, batch.status);
        batch.moveTo(BatchStatus.SENT, "Sending the batch to the bank");
        batch.sentAt = clock.instant();
        for (PayoutItem item : batch.items()) {
            item.moveTo(ItemStatus.SENT, "Sending the payment to the bank");
        }
        forEachItem(batch, (item, application) -> stages.record(application, Stage.SENT_TO_BANK, batch.number, operator,
                item.eventDetails()));
        em.flush(); // the version the answer's ETag names is the one written
        return claim.answer(batch);
    }

    /** One answer of the bank about one payment. */
    public record BankResult(String endToEndId, ItemStatus outcome, String reason) {
    }

    /**
     * Records the bank's answers for a sent batch. An answer repeated with the same outcome changes
     * nothing; an answer that contradicts a recorded one is refused (a paid item is never paid again,
     * a failed one is re-issued in another batch, not here).
     */
    @Transactional
    public PayoutBatch recordBankResults(UUID id, List<BankResult> results, String operator,
            IdempotencyClaim<PayoutBatch> claim) {
        claim.take();
        PayoutBatch batch = findForUpdate(id);
        if (batch.status != BatchStatus.SENT && batch.status != BatchStatus.SETTLED) {
            throw new TransitionNotAllowed("Recording the bank's answer", "payout batch", batch.status).with("batch", batch.number);
        }
        Map<String, PayoutItem> items = new HashMap<>();
        batch.items().forEach(item -> items.put(item.endToEndId, item));
        List<Violation> unknown = new ArrayList<>();
        for (int i = 0; i < results.size(); i++) {
            BankResult result = results.get(i);
            if (!items.containsKey(result.endToEndId())) {
                unknown.add(new Violation("results[" + i + "].endToEndId", "no such payment in batch " + batch.number));
            } else if (result.outcome() != ItemStatus.PAID && result.outcome() != ItemStatus.FAILED) {
                unknown.add(new Violation("results[" + i + "].outcome", "the bank answers PAID or FAILED"));
            } else if (result.outcome() == ItemStatus.FAILED && (result.reason() == null || result.reason().isBlank())) {
                unknown.add(new Violation("results[" + i + "].reason", "a failed payment needs the bank's reason"));
            }
        }
        if (!unknown.isEmpty()) {
            throw new InvalidInput("The bank's answer names payments it cannot", unknown);
        }
        for (BankResult result : results) {
            PayoutItem item = items.get(result.endToEndId());
            if (item.status == result.outcome()) {
                continue;
            }
            if (!ItemStatus.MOVES.canMove(item.status, result.outcome())) {
                throw new StateConflict("payment-already-settled", "The payment is already settled",
                        "Payment " + item.endToEndId + " is already " + item.status + "; it cannot become " + result.outcome())
                        .with("currentState", item.status.name());
            }
            CompensationApplication application = CompensationApplication.findById(item.applicationId);
            item.moveTo(result.outcome(), "Recording the bank's answer");
            item.settledAt = clock.instant();
            // An award of a periodic programme stays ASSIGNED while its instalments are paid one by one;
            // a failed instalment has no live payment left and is gathered again by the next batch.
            boolean oneTime = !application.programme.periodic();
            if (result.outcome() == ItemStatus.PAID) {
                if (oneTime) {
                    application.moveTo(ApplicationStatus.PAID, "record the payment", clock.instant());
                }
                stages.record(application, Stage.PAID, item.endToEndId, operator, item.eventDetails());
            } else {
                item.failureReason = result.reason();
                if (oneTime) {
                    application.moveTo(ApplicationStatus.PAYMENT_FAILED, "record the failed payment", clock.instant());
                }
                stages.record(application, Stage.PAYMENT_FAILED, result.reason(), operator, item.eventDetails());
            }
        }
        flushGuarded();
        if (batch.status == BatchStatus.SENT && batch.items().stream().noneMatch(item -> item.status == ItemStatus.SENT)) {
            batch.moveTo(BatchStatus.SETTLED, "Settling the batch");
            batch.settledAt = clock.instant();
            em.flush(); // the version the answer's ETag names is the one written
        }
        return claim.answer(batch);
    }

    /** Sums of the batch by the bank's answers; balanced when paid + failed + outstanding = total. */
    public record Reconciliation(String batch, BatchStatus status, int itemCount, Money total, Sum paid,
            Sum failed, Sum outstanding, boolean balanced, boolean settled) {
    }

    public record Sum(int count, Money amount) {
        static Sum of(List<PayoutItem> items) {
            return new Sum(items.size(), Money.kzt(items.stream().map(item -> item.amountKzt).reduce(BigDecimal.ZERO, BigDecimal::add)));
        }
    }

    @Transactional
    public Reconciliation reconcile(UUID id) {
        PayoutBatch batch = find(id);
        List<PayoutItem> items = batch.items();
        Sum paid = Sum.of(items.stream().filter(item -> item.status == ItemStatus.PAID).toList());
        Sum failed = Sum.of(items.stream().filter(item -> item.status == ItemStatus.FAILED).toList());
        Sum outstanding = Sum.of(items.stream()
                .filter(item -> item.status == ItemStatus.INCLUDED || item.status == ItemStatus.SENT).toList());
        BigDecimal accounted = paid.amount().amount().add(failed.amount().amount()).add(outstanding.amount().amount());
        boolean balanced = accounted.compareTo(batch.totalKzt) == 0
                && paid.count() + failed.count() + outstanding.count() == batch.itemCount;
        return new Reconciliation(batch.number, batch.status, batch.itemCount, Money.kzt(batch.totalKzt), paid, failed,
                outstanding, balanced, outstanding.count() == 0);
    }

    /**
     * The batch, locked until the transaction ends: approvals, sendings and bank statements of one
     * batch are taken one at a time, so a repeated or simultaneous one sees what the first did.
     */
    private static PayoutBatch findForUpdate(UUID id) {
        return PayoutBatch.<PayoutBatch>findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> new NotFound("No payout batch " + id));
    }

    public static PayoutBatch find(UUID id) {
        return PayoutBatch.<PayoutBatch>findByIdOptional(id)
                .orElseThrow(() -> new NotFound("No payout batch " + id));
    }

    private void forEachItem(PayoutBatch batch, java.util.function.BiConsumer<PayoutItem, CompensationApplication> action) {
        List<PayoutItem> items = batch.items();
        Map<UUID, CompensationApplication> applications = applicationsById(
                items.stream().map(item -> item.applicationId).distinct().toList());
        for (PayoutItem item : items) {
            action.accept(item, applications.get(item.applicationId));
        }
    }

    private void flushGuarded() {
        try {
            em.flush();
        } catch (ConstraintViolationException e) {
            throw new StateConflict("paid-twice-refused", "A payment would be made twice",
                    "The database refused a second payment of the same compensation (" + e.getConstraintName() + ")");
        }
    }
}

package kz.gov.rehab.compensation.decision.amount;

import kz.gov.rehab.commons.money.Money;
import static kz.gov.rehab.commons.persistence.NativeValues.localDate;
import static kz.gov.rehab.commons.persistence.NativeValues.offsetDateTime;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import kz.gov.rehab.commons.refusal.InvalidInput;
import kz.gov.rehab.commons.refusal.NotFound;
import kz.gov.rehab.commons.refusal.StateConflict;
import kz.gov.rehab.commons.refusal.Violation;
import kz.gov.rehab.commons.time.ServiceClock;
import kz.gov.rehab.compensation.application.ApplicationIntake;
import kz.gov.rehab.compensation.application.ApplicationStatus;
import kz.gov.rehab.compensation.application.CompensationApplication;
import org.jboss.logging.Logger;

/**
 * The MRP of each budget period as the republican budget law sets it (docs/law.md §4), entered by one
 * rules operator and put in force by another (four-eyes). Both steps are recorded with who and
 * when. Confirming a period lets the applications filed in it that wait for their MRP go on to the
 * decision, with the amount at that MRP.
 */
@ApplicationScoped
public class MrpRegister {

    private static final Logger LOG = Logger.getLogger(MrpRegister.class);

    private final EntityManager em;
    private final ServiceClock clock;
    private final ApplicationIntake intake;

    public MrpRegister(EntityManager em, ServiceClock clock, ApplicationIntake intake) {
        this.em = em;
        this.clock = clock;
        this.intake = intake;
    }

    /** One MRP row: its period, amount, basis, and who entered and confirmed it. */
    public record MrpEntry(LocalDate effectiveFrom, LocalDate effectiveTo, Money amount, String source,
            String enteredBy, OffsetDateTime enteredAt, String confirmedBy, OffsetDateTime confirmedAt, Integer released) {

        public boolean inForce() {
            return confirmedAt != null;
        }
    }

    @Transactional
    public List<MrpEntry> all() {
        return rows("ORDER BY effective_from").stream().map(row -> entry(row, null)).toList();
    }

    /** The first step: the MRP of a budget period as its law sets it; not in force until confirmed. */
    @Transactional
    public MrpEntry enter(LocalDate from, LocalDate to, BigDecimal amountKzt, String source, String operator) {
        if (to.isBefore(from)) {
            throw new InvalidInput("The period ends before it starts",
                    List.of(new Violation("effectiveTo", "must not be before effectiveFrom")));
        }
        Number overlapping = (Number) em.createNativeQuery("""
                SELECT count(*) FROM monthly_calculation_index
                WHERE daterange(effective_from, effective_to, '[]') && daterange(:from, :to, '[]')""")
                .setParameter("from", from).setParameter("to", to).getSingleResult();
        if (overlapping.intValue() > 0) {
            throw new StateConflict("mrp-period-overlaps", "An MRP is already entered for that period",
                    "An MRP row already covers part of " + from + " to " + to + "; a budget period has one MRP");
        }
        em.createNativeQuery("""
                INSERT INTO monthly_calculation_index (effective_from, effective_to, amount_kzt, source, entered_by, entered_at)
                VALUES (:from, :to, :amount, :source, :by, :at)""")
                .setParameter("from", from).setParameter("to", to).setParameter("amount", amountKzt)
                .setParameter("source", source).setParameter("by", operator).setParameter("at", clock.now())
                .executeUpdate();
        LOG.infof("MRP %s KZT for %s..%s entered by %s", amountKzt, from, to, operator);
        return find(from, null);
    }

    /**
     * The second step: another operator confirms the row, which puts it in force; the applications
     * filed in its period that wait for their MRP then go on to the decision.
     */
    @Transactional
    public MrpEntry confirm(LocalDate from, String checker) {
        if (!RuleRows.confirm(em, clock, "monthly_calculation_index", "effective_from = :from", java.util.Map.of("from", from),
                "The MRP from " + from, checker)) {
            return find(from, null);
        }
        MrpEntry entry = find(from, null);
        List<CompensationApplication> waiting = CompensationApplication.list(
                "status = ?1 and acceptedOn >= ?2 and acceptedOn <= ?3 order by createdAt",
                ApplicationStatus.AWAITING_MRP, entry.effectiveFrom(), entry.effectiveTo());
        waiting.forEach(intake::startDecision);
        LOG.infof("MRP from %s confirmed by %s: %d waiting applications go on", from, checker, waiting.size());
        return find(from, waiting.size());
    }

    private MrpEntry find(LocalDate from, Integer released) {
        List<Object[]> rows = em.createNativeQuery(SELECT + " WHERE effective_from = :from")
                .setParameter("from", from).getResultList();
        if (rows.isEmpty()) {
            throw new NotFound("No MRP row starts on " + from);
        }
        return entry(rows.get(0), released);
    }

    private static final String SELECT = """
            SELECT effective_from, effective_to, amount_kzt, source, entered_by, entered_at, confirmed_by, confirmed_at
            FROM monthly_calculation_index""";

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String tail) {
        return em.createNativeQuery(SELECT + " " + tail).getResultList();
    }

    private static MrpEntry entry(Object[] row, Integer released) {
        return new MrpEntry(localDate(row[0]), localDate(row[1]), Money.kzt((BigDecimal) row[2]), (String) row[3], (String) row[4], offsetDateTime(row[5]),
                (String) row[6], offsetDateTime(row[7]), released);
    }
}

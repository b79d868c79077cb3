package kz.gov.rehab.compensation.support;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.UUID;
import kz.gov.rehab.commons.person.Iin;
import kz.gov.rehab.compensation.application.CompensationApplication;
import kz.gov.rehab.compensation.programme.PayoutProgramme;

/**
 * Home-schooling reimbursements and their payments written straight to the database, with the dates
 * a report is about (decision, months, bank settlement): the starting point of report tests, which
 * are about counting, not about how an award was assigned or paid. Every row carries the number
 * prefix {@value #PREFIX}, so a test can remove what an earlier run wrote.
 */
public final class ReportFacts {

    public static final String PREFIX = "RPT-";
    static final BigDecimal MONTHLY = new BigDecimal("34600.00");
    private static final java.util.concurrent.atomic.AtomicLong SERIAL = new java.util.concurrent.atomic.AtomicLong(
            System.currentTimeMillis() % 1_000_000_000L);

    private ReportFacts() {
    }

    /** Removes every award and payment an earlier run wrote. */
    public static void forgetAll() {
        QuarkusTransaction.requiringNew().run(() -> {
            EntityManager em = em();
            String ids = "(SELECT id FROM compensation_application WHERE number LIKE '" + PREFIX + "%')";
            // a payout batch of another test may have gathered their instalments: its stages and events go too
            for (String table : new String[] {"outbox_event", "application_stage", "payout_item"}) {
                em.createNativeQuery("DELETE FROM " + table + " WHERE application_id IN " + ids).executeUpdate();
            }
            em.createNativeQuery("DELETE FROM payout_batch b WHERE b.number LIKE '" + PREFIX + "%'").executeUpdate();
            em.createNativeQuery("DELETE FROM instalment WHERE application_id IN " + ids).executeUpdate();
            em.createNativeQuery("DELETE FROM compensation_application WHERE number LIKE '" + PREFIX + "%'").executeUpdate();
        });
    }

    /**
     * A reimbursement for {@code child} paid to {@code parent}, reported in region {@code regionKato},
     * assigned at {@code decidedAt} for the months {@code from}..{@code to} (34,600.00 KZT each).
     */
    public static UUID award(String parent, String child, String regionKato, String regionName, YearMonth from, YearMonth to,
            Instant decidedAt) {
        return QuarkusTransaction.requiringNew().call(() -> {
            CompensationApplication a = AssignedCompensations.application(parent, MONTHLY.multiply(
                    BigDecimal.valueOf(from.until(to, java.time.temporal.ChronoUnit.MONTHS) + 1)));
            a.number = PREFIX + SERIAL.incrementAndGet();
            a.programme = PayoutProgramme.HOME_SCHOOLING_REIMBURSEMENT;
            a.referenceNumber = null;
            a.referenceDate = null;
            a.rehabilitationMonths = null;
            a.rehabilitationCategory = null;
            a.childIin = Iin.parse(child);
            a.homeSchooling = new kz.gov.rehab.compensation.homeschooling.HomeSchoolingCase(
                    kz.gov.rehab.compensation.homeschooling.HomeSchoolingCase.Relation.PARENT, null,
                    new kz.gov.rehab.compensation.homeschooling.HomeSchoolingCase.Child(child, "БАЛА", "ТЕСТ", null,
                            LocalDate.of(2012, 1, 1)), null, null, null, null);
            a.periodFrom = from.atDay(1);
            a.periodTo = to.atDay(1);
            a.instalmentKzt = MONTHLY;
            a.regionKato = regionKato;
            a.regionName = regionName;
            a.decidedAt = decidedAt;
            a.persist();
            a.flush();
            for (YearMonth month = from; !month.isAfter(to); month = month.plusMonths(1)) {
                em().createNativeQuery("INSERT INTO instalment VALUES ('HOME_SCHOOLING_REIMBURSEMENT', :child, :month, :id, :amount)")
                        .setParameter("child", child).setParameter("month", month.atDay(1)).setParameter("id", a.id)
                        .setParameter("amount", MONTHLY).executeUpdate();
            }
            return a.id;
        });
    }

    /** The bank's answer about the instalment of {@code month}: PAID or FAILED, booked at {@code settledAt}. */
    public static void payment(UUID award, YearMonth month, String outcome, Instant settledAt) {
        QuarkusTransaction.requiringNew().run(() -> {
            CompensationApplication a = CompensationApplication.findById(award);
            UUID batch = UUID.randomUUID();
            em().createNativeQuery("""
                    INSERT INTO payout_batch (id, number, programme, status, item_count, total_kzt, created_by, created_at,
                                              approved_by, approved_at, sent_at, settled_at, version)
                    VALUES (:id, :number, 'HOME_SCHOOLING_REIMBURSEMENT', 'SETTLED', 1, :amount, 'maker', :at,
                            'checker', :at, :at, :at, 0)""")
                    .setParameter("id", batch).setParameter("number", PREFIX + System.nanoTime())
                    .setParameter("amount", MONTHLY).setParameter("at", settledAt).executeUpdate();
            em().createNativeQuery("""
                    INSERT INTO payout_item (id, batch_id, application_id, programme, iin, end_to_end_id, creditor_name,
                                             iban, bank_bic, amount_kzt, status, failure_reason, settled_at, version,
                                             period_month)
                    VALUES (:id, :batch, :application, 'HOME_SCHOOLING_REIMBURSEMENT', :iin, :e2e, 'ТЕСТОВ ТЕСТ',
                            'KZ71722KZT0000000002', 'CASPKZKA', :amount, :status, :reason, :at, 0, :month)""")
                    .setParameter("id", UUID.randomUUID()).setParameter("batch", batch).setParameter("application", award)
                    .setParameter("iin", a.iin.value()).setParameter("e2e", (PREFIX + UUID.randomUUID()).substring(0, 35))
                    .setParameter("amount", MONTHLY).setParameter("status", outcome)
                    .setParameter("reason", "FAILED".equals(outcome) ? "account closed" : null)
                    .setParameter("at", settledAt).setParameter("month", month.atDay(1)).executeUpdate();
        });
    }

    private static EntityManager em() {
        return CDI.current().select(EntityManager.class).get();
    }
}

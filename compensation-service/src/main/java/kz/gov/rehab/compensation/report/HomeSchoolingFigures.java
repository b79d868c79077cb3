package kz.gov.rehab.compensation.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import kz.gov.rehab.compensation.programme.PayoutProgramme;

/**
 * The figures of the home-schooling report for a quarter, per region and in total (definitions in
 * docs/quarterly-report.md):
 * <ul>
 * <li><b>assigned in the quarter</b>: the monthly instalments whose month lies in the quarter, of
 * reimbursements assigned (decided) no later than the quarter's last day;</li>
 * <li><b>paid in the quarter</b>: the payments the bank settled as paid within the quarter (Kazakhstan's
 * time), whatever month they are for.</li>
 * </ul>
 * Children are counted by the child's IIN, recipients by the applicant's IIN, each once per row.
 */
@ApplicationScoped
public class HomeSchoolingFigures {

    static final String PROGRAMME = PayoutProgramme.HOME_SCHOOLING_REIMBURSEMENT.name();
    static final String TOTAL = "Total";

    private final EntityManager em;

    public HomeSchoolingFigures(EntityManager em) {
        this.em = em;
    }

    /** Per region (ordered by KATO code, unregistered last), then the total row. */
    public Result of(ReportingQuarter quarter) {
        List<Object[]> assigned = grouped("""
                SELECT a.region_kato, max(a.region_name), count(DISTINCT i.beneficiary_iin), count(DISTINCT a.iin),
                       sum(i.amount_kzt), GROUPING(a.region_kato)
                FROM instalment i JOIN compensation_application a ON a.id = i.application_id
                WHERE i.programme = :programme AND i.month BETWEEN :firstDay AND :lastDay AND a.decided_at < :endExclusive
                GROUP BY GROUPING SETS ((a.region_kato), ())""", quarter);
        List<Object[]> paid = grouped("""
                SELECT a.region_kato, max(a.region_name), count(DISTINCT a.child_iin), count(DISTINCT a.iin),
                       sum(p.amount_kzt), GROUPING(a.region_kato)
                FROM payout_item p JOIN compensation_application a ON a.id = p.application_id
                WHERE p.programme = :programme AND p.status = 'PAID'
                  AND p.settled_at >= :start AND p.settled_at < :endExclusive
                GROUP BY GROUPING SETS ((a.region_kato), ())""", quarter);

        Map<String, Row> regions = new TreeMap<>(java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder()));
        Row total = new Row(null, TOTAL);
        for (Object[] row : assigned) {
            Row target = isTotal(row) ? total : regions.computeIfAbsent(key(row), code -> new Row(code, (String) row[1]));
            target.childrenAssigned = count(row[2]);
            target.recipientsAssigned = count(row[3]);
            target.amountAssigned = money(row[4]);
        }
        for (Object[] row : paid) {
            Row target = isTotal(row) ? total : regions.computeIfAbsent(key(row), code -> new Row(code, (String) row[1]));
            target.childrenPaid = count(row[2]);
            target.recipientsPaid = count(row[3]);
            target.amountPaid = money(row[4]);
        }
        List<HomeSchoolingReport.Figures> figures = new ArrayList<>();
        regions.values().forEach(row -> figures.add(row.figures()));
        return new Result(recipients(quarter), figures, total.figures());
    }

    public record Result(List<HomeSchoolingReport.Recipient> recipients, List<HomeSchoolingReport.Figures> regions,
            HomeSchoolingReport.Figures total) {
    }

    /**
     * One row per reimbursement with an instalment assigned or a payment paid in the quarter (the same
     * definitions as the figures), with the recipient's and the child's names; ordered by region
     * (unregistered last), then the recipient's and the child's names.
     */
    @SuppressWarnings("unchecked")
    private List<HomeSchoolingReport.Recipient> recipients(ReportingQuarter quarter) {
        List<Object[]> rows = em.createNativeQuery("""
                WITH assigned AS (
                    SELECT i.application_id, count(*) AS months, sum(i.amount_kzt) AS amount
                    FROM instalment i JOIN compensation_application a ON a.id = i.application_id
                    WHERE i.programme = :programme AND i.month BETWEEN :firstDay AND :lastDay AND a.decided_at < :endExclusive
                    GROUP BY i.application_id),
                paid AS (
                    SELECT p.application_id, sum(p.amount_kzt) AS amount
                    FROM payout_item p
                    WHERE p.programme = :programme AND p.status = 'PAID' AND p.settled_at >= :start AND p.settled_at < :endExclusive
                    GROUP BY p.application_id)
                SELECT a.surname, a.first_name, a.patronymic, a.home_schooling -> 'child' ->> 'surname',
                       a.home_schooling -> 'child' ->> 'firstName', a.home_schooling -> 'child' ->> 'patronymic',
                       a.region_kato, a.region_name, coalesce(s.months, 0), coalesce(s.amount, 0), coalesce(p.amount, 0)
                FROM compensation_application a
                LEFT JOIN assigned s ON s.application_id = a.id
                LEFT JOIN paid p ON p.application_id = a.id
                WHERE a.programme = :programme AND (s.application_id IS NOT NULL OR p.application_id IS NOT NULL)
                ORDER BY a.region_kato NULLS LAST, a.surname, a.first_name, 4, 5, a.id""")
                .setParameter("programme", PROGRAMME)
                .setParameter("firstDay", quarter.firstDay()).setParameter("lastDay", quarter.lastDay())
                .setParameter("start", quarter.start().toOffsetDateTime())
                .setParameter("endExclusive", quarter.endExclusive().toOffsetDateTime())
                .getResultList();
        return rows.stream().map(r -> new HomeSchoolingReport.Recipient((String) r[0], (String) r[1], blankToNull(r[2]),
                (String) r[3], (String) r[4], blankToNull(r[5]), r[6] == null ? null : r[6].toString().trim(), (String) r[7],
                count(r[8]), money(r[9]), money(r[10]))).toList();
    }

    private static String blankToNull(Object value) {
        return value == null || value.toString().isBlank() ? null : value.toString();
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> grouped(String sql, ReportingQuarter quarter) {
        var query = em.createNativeQuery(sql).setParameter("programme", PROGRAMME);
        if (sql.contains(":firstDay")) {
            query.setParameter("firstDay", quarter.firstDay()).setParameter("lastDay", quarter.lastDay());
        }
        if (sql.contains(":start")) {
            query.setParameter("start", quarter.start().toOffsetDateTime());
        }
        return query.setParameter("endExclusive", quarter.endExclusive().toOffsetDateTime()).getResultList();
    }

    private static boolean isTotal(Object[] row) {
        return ((Number) row[5]).intValue() == 1;
    }

    private static String key(Object[] row) {
        return row[0] == null ? null : row[0].toString().trim();
    }

    private static long count(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    private static BigDecimal money(Object value) {
        return (value == null ? BigDecimal.ZERO : (BigDecimal) value).setScale(2);
    }

    /** Figures being gathered for one row. */
    private static final class Row {
        final String code;
        final String name;
        long childrenAssigned;
        long recipientsAssigned;
        BigDecimal amountAssigned = BigDecimal.ZERO.setScale(2);
        long childrenPaid;
        long recipientsPaid;
        BigDecimal amountPaid = BigDecimal.ZERO.setScale(2);

        Row(String code, String name) {
            this.code = code;
            this.name = name;
        }

        HomeSchoolingReport.Figures figures() {
            return new HomeSchoolingReport.Figures(code, Objects.equals(name, TOTAL) && code == null ? TOTAL : name,
                    childrenAssigned, recipientsAssigned, amountAssigned, childrenPaid, recipientsPaid, amountPaid);
        }
    }
}

package kz.gov.rehab.compensation.support;

import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Rates of the home-schooling reimbursement for the tests. No real maslikhat decision is on record
 * in this project (docs/law.md §3), so the tests enter their own rows, marked as test data: every
 * region of the simulated registries at {@link #TEST_MRP} MRP a month (6 MRP is one of the amounts
 * seen in published decisions), from 2026-01-01.
 */
public final class HomeSchoolingRates {

    public static final BigDecimal TEST_MRP = new BigDecimal("6");
    public static final String TEST_DECISION = "TEST DATA of the module tests: not a maslikhat decision";
    /** The regions and cities of republican significance of the gateway's akimat directory. */
    static final List<String> REGIONS = List.of("100000000", "110000000", "150000000", "190000000", "230000000", "270000000",
            "310000000", "330000000", "350000000", "390000000", "430000000", "470000000", "550000000", "590000000", "610000000",
            "620000000", "630000000", "710000000", "750000000", "790000000");

    private HomeSchoolingRates() {
    }

    /** Every region's test rate, and nothing else. */
    public static void everyRegion() {
        clear();
        REGIONS.forEach(region -> enter(region, "Test region " + region, "REGION", TEST_MRP, LocalDate.of(2026, 1, 1)));
    }

    public static void enter(String kato, String name, String level, BigDecimal mrpPerMonth, LocalDate from) {
        QuarkusTransaction.requiringNew().run(() -> em().createNativeQuery("""
                INSERT INTO home_schooling_rate (territory_kato, territory_name, territory_level, effective_from, mrp_per_month, decision,
                                                 entered_by, entered_at, confirmed_by, confirmed_at)
                VALUES (:kato, :name, :level, :from, :mrp, :decision, 'test-operator', now(), 'test-checker', now())""")
                .setParameter("kato", kato).setParameter("name", name).setParameter("level", level).setParameter("from", from)
                .setParameter("mrp", mrpPerMonth).setParameter("decision", TEST_DECISION).executeUpdate());
    }

    public static void clear() {
        QuarkusTransaction.requiringNew().run(() -> em().createNativeQuery("DELETE FROM home_schooling_rate").executeUpdate());
    }

    private static EntityManager em() {
        return Arc.container().instance(EntityManager.class).get();
    }
}

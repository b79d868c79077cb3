package kz.gov.rehab.compensation.decision.amount;

import static kz.gov.rehab.commons.persistence.NativeValues.localDate;
import static kz.gov.rehab.commons.persistence.NativeValues.offsetDateTime;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import kz.gov.rehab.commons.refusal.InvalidInput;
import kz.gov.rehab.commons.refusal.StateConflict;
import kz.gov.rehab.commons.refusal.Violation;
import kz.gov.rehab.commons.time.ServiceClock;
import kz.gov.rehab.compensation.programme.PayoutProgramme;

/**
 * The rates of the programmes as dated data, entered by one rules operator with their source and in
 * force once another confirms them (four-eyes), like the MRP: a rate per category of recipient
 * ({@code compensation_rate}, e.g. the persons who suffered from repressions once their rate is
 * confirmed) and a home-schooling rate per territory from its maslikhat's decision
 * ({@code home_schooling_rate}). An application decided after the confirmation gets the amount.
 */
@ApplicationScoped
public class RateRegister {

    private final EntityManager em;
    private final ServiceClock clock;

    public RateRegister(EntityManager em, ServiceClock clock) {
        this.em = em;
        this.clock = clock;
    }

    /** A rate per category of recipient as entered and, once confirmed, in force. */
    public record CategoryRate(PayoutProgramme programme, String category, LocalDate effectiveFrom, BigDecimal mrpPerMonth,
            BigDecimal capMrp, String source, String enteredBy, OffsetDateTime enteredAt, String confirmedBy,
            OffsetDateTime confirmedAt) {
    }

    /** A home-schooling rate of a territory as entered and, once confirmed, in force. */
    public record TerritoryRate(String territoryKato, String territoryName, String territoryLevel, LocalDate effectiveFrom,
            BigDecimal mrpPerMonth, String decision, String enteredBy, OffsetDateTime enteredAt, String confirmedBy,
            OffsetDateTime confirmedAt) {
    }

    @Transactional
    @SuppressWarnings("unchecked")
    public List<CategoryRate> categoryRates() {
        return ((List<Object[]>) em.createNativeQuery("""
                SELECT programme, category, effective_from, mrp_per_month, cap_mrp, source, entered_by, entered_at,
                       confirmed_by, confirmed_at
                FROM compensation_rate ORDER BY programme, category, effective_from""").getResultList()).stream()
                .map(r -> new CategoryRate(PayoutProgramme.valueOf((String) r[0]), (String) r[1], localDate(r[2]),
                        (BigDecimal) r[3], (BigDecimal) r[4], (String) r[5], (String) r[6], offsetDateTime(r[7]),
                        (String) r[8], offsetDateTime(r[9])))
                .toList();
    }

    @Transactional
    @SuppressWarnings("unchecked")
    public List<TerritoryRate> territoryRates() {
        return ((List<Object[]>) em.createNativeQuery("""
                SELECT territory_kato, territory_name, territory_level, effective_from, mrp_per_month, decision, entered_by,
                       entered_at, confirmed_by, confirmed_at
                FROM home_schooling_rate ORDER BY territory_kato, effective_from""").getResultList()).stream()
                .map(r -> new TerritoryRate((String) r[0], (String) r[1], (String) r[2], localDate(r[3]), (BigDecimal) r[4],
                        (String) r[5], (String) r[6], offsetDateTime(r[7]), (String) r[8], offsetDateTime(r[9])))
                .toList();
    }

    @Transactional
    public CategoryRate enterCategoryRate(PayoutProgramme programme, String category, LocalDate from, BigDecimal mrpPerMonth,
            BigDecimal capMrp, String source, String operator) {
        int inserted = em.createNativeQuery("""
                INSERT INTO compensation_rate (programme, category, effective_from, mrp_per_month, cap_mrp, source, entered_by, entered_at)
                VALUES (:programme, :category, :from, :mrp, :cap, :source, :by, :at) ON CONFLICT DO NOTHING""")
                .setParameter("programme", programme.name()).setParameter("category", category).setParameter("from", from)
                .setParameter("mrp", mrpPerMonth).setParameter("cap", capMrp).setParameter("source", source)
                .setParameter("by", operator).setParameter("at", clock.now()).executeUpdate();
        if (inserted == 0) {
            throw alreadyEntered("a rate of " + programme + " for " + category + " from " + from);
        }
        return categoryRate(programme, category, from);
    }

    @Transactional
    public CategoryRate confirmCategoryRate(PayoutProgramme programme, String category, LocalDate from, String checker) {
        RuleRows.confirm(em, clock, "compensation_rate", "programme = :programme AND category = :category AND effective_from = :from",
                Map.of("programme", programme.name(), "category", category, "from", from),
                "The rate of " + programme + " for " + category + " from " + from, checker);
        return categoryRate(programme, category, from);
    }

    @Transactional
    public TerritoryRate enterTerritoryRate(String kato, String name, String level, LocalDate from, BigDecimal mrpPerMonth,
            String decision, String operator) {
        boolean fits = "REGION".equals(level) ? kato.endsWith("0000000")
                : !kato.startsWith("00", 2) && kato.endsWith("00000");
        if (!fits) {
            throw new InvalidInput("The territory's code does not fit its level", List.of(
                    new Violation("territoryKato",
                            "a REGION is NN0000000, a DISTRICT NNDD00000 (KATO)")));
        }
        int inserted = em.createNativeQuery("""
                INSERT INTO home_schooling_rate (territory_kato, territory_name, territory_level, effective_from, mrp_per_month,
                                                 decision, entered_by, entered_at)
                VALUES (:kato, :name, :level, :from, :mrp, :decision, :by, :at) ON CONFLICT DO NOTHING""")
                .setParameter("kato", kato).setParameter("name", name).setParameter("level", level).setParameter("from", from)
                .setParameter("mrp", mrpPerMonth).setParameter("decision", decision).setParameter("by", operator)
                .setParameter("at", clock.now()).executeUpdate();
        if (inserted == 0) {
            throw alreadyEntered("a home-schooling rate of " + kato + " from " + from);
        }
        return territoryRate(kato, from);
    }

    @Transactional
    public TerritoryRate confirmTerritoryRate(String kato, LocalDate from, String checker) {
        RuleRows.confirm(em, clock, "home_schooling_rate", "territory_kato = :kato AND effective_from = :from",
                Map.of("kato", kato, "from", from), "The home-schooling rate of " + kato + " from " + from, checker);
        return territoryRate(kato, from);
    }

    private CategoryRate categoryRate(PayoutProgramme programme, String category, LocalDate from) {
        return categoryRates().stream()
                .filter(r -> r.programme() == programme && r.category().equals(category) && r.effectiveFrom().equals(from))
                .findFirst().orElseThrow();
    }

    private TerritoryRate territoryRate(String kato, LocalDate from) {
        return territoryRates().stream().filter(r -> r.territoryKato().equals(kato) && r.effectiveFrom().equals(from))
                .findFirst().orElseThrow();
    }

    private static StateConflict alreadyEntered(String what) {
        return new StateConflict("rule-already-entered", "Already entered", what + " is already entered");
    }
}

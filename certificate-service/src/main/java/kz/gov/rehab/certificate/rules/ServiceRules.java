package kz.gov.rehab.certificate.rules;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.NavigableMap;
import java.util.OptionalInt;
import java.util.TreeMap;

/**
 * Reads the numbers of the rules as dated data ({@code service_rule}): the value in force on a
 * date is the one with the latest {@code effective_from} not after it. The only reader of that
 * table, so a rule's number is never written in code.
 *
 * <p>Every submission asks for its deadline, so the table (a few rows, added only by migrations,
 * ahead of their dates) is read whole once, at the first question after the application started,
 * as the gateway reads its akimat directory; a deployment with a new migration reads it anew. The
 * value in force is still chosen by date on every question.
 */
@ApplicationScoped
public class ServiceRules {

    private final EntityManager entityManager;
    /** For each rule, its values by effective date. */
    private volatile Map<String, NavigableMap<LocalDate, Integer>> byRule;

    public ServiceRules(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** The value in force on a date, or empty when the rule was not yet in force then. */
    @Transactional
    public OptionalInt inForceOn(ServiceRule rule, LocalDate on) {
        NavigableMap<LocalDate, Integer> versions = rules().get(rule.key());
        Map.Entry<LocalDate, Integer> inForce = versions == null ? null : versions.floorEntry(on);
        return inForce == null ? OptionalInt.empty() : OptionalInt.of(inForce.getValue());
    }

    @Transactional
    public int valueOn(ServiceRule rule, LocalDate on) {
        return inForceOn(rule, on).orElseThrow(
                () -> new IllegalStateException("No value of rule " + rule.key() + " is in force on " + on));
    }

    private Map<String, NavigableMap<LocalDate, Integer>> rules() {
        Map<String, NavigableMap<LocalDate, Integer>> known = byRule;
        if (known == null) {
            synchronized (this) {
                known = byRule;
                if (known == null) {
                    known = new HashMap<>();
                    for (Object row : entityManager.createNativeQuery("SELECT name, effective_from::text, value FROM service_rule")
                            .getResultList()) {
                        Object[] columns = (Object[]) row;
                        known.computeIfAbsent((String) columns[0], name -> new TreeMap<>())
                                .put(LocalDate.parse((String) columns[1]), ((Number) columns[2]).intValue());
                    }
                    byRule = known;
                }
            }
        }
        return known;
    }
}

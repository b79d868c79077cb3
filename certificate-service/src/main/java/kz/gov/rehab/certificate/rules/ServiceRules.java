package kz.gov.rehab.certificate.rules;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Duration;
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
 * <p>Every submission asks for its deadline, so the table (a few rows, added by migrations ahead of
 * their dates) is read whole and kept for a minute rather than asked once per request: a row
 * entered by hand counts within a minute of being committed.
 */
@ApplicationScoped
public class ServiceRules {

    /** How long the rows read are used before the table is read again: a technical age, not a date of the law. */
    private static final long REREAD_AFTER_NANOS = Duration.ofMinutes(1).toNanos();

    /** The rows as read at {@code readAt} ({@link System#nanoTime}): for each rule, its values by effective date. */
    private record Rows(long readAt, Map<String, NavigableMap<LocalDate, Integer>> byRule) {
    }

    private final EntityManager entityManager;
    private volatile Rows rows;

    public ServiceRules(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** The value in force on a date, or empty when the rule was not yet in force then. */
    @Transactional
    public OptionalInt inForceOn(ServiceRule rule, LocalDate on) {
        NavigableMap<LocalDate, Integer> versions = rows().byRule().get(rule.key());
        Map.Entry<LocalDate, Integer> inForce = versions == null ? null : versions.floorEntry(on);
        return inForce == null ? OptionalInt.empty() : OptionalInt.of(inForce.getValue());
    }

    @Transactional
    public int valueOn(ServiceRule rule, LocalDate on) {
        return inForceOn(rule, on).orElseThrow(
                () -> new IllegalStateException("No value of rule " + rule.key() + " is in force on " + on));
    }

    private Rows rows() {
        Rows known = rows;
        long now = System.nanoTime();
        if (known == null || now - known.readAt() > REREAD_AFTER_NANOS) {
            Map<String, NavigableMap<LocalDate, Integer>> byRule = new HashMap<>();
            for (Object row : entityManager.createNativeQuery("SELECT name, effective_from::text, value FROM service_rule")
                    .getResultList()) {
                Object[] columns = (Object[]) row;
                byRule.computeIfAbsent((String) columns[0], name -> new TreeMap<>())
                        .put(LocalDate.parse((String) columns[1]), ((Number) columns[2]).intValue());
            }
            known = new Rows(now, byRule);
            rows = known;
        }
        return known;
    }
}

package kz.gov.rehab.certificate.rules;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.OptionalInt;

/**
 * Reads the numbers of the rules as dated data ({@code service_rule}): the value in force on a
 * date is the one with the latest {@code effective_from} not after it. The only reader of that
 * table, so a rule's number is never written in code.
 */
@ApplicationScoped
public class ServiceRules {

    private final EntityManager entityManager;

    public ServiceRules(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** The value in force on a date, or empty when the rule was not yet in force then. */
    @Transactional
    public OptionalInt inForceOn(ServiceRule rule, LocalDate on) {
        List<?> values = entityManager.createNativeQuery("""
                SELECT value FROM service_rule
                WHERE name = :name AND effective_from <= :on
                ORDER BY effective_from DESC LIMIT 1""")
                .setParameter("name", rule.key())
                .setParameter("on", on)
                .getResultList();
        return values.isEmpty() ? OptionalInt.empty() : OptionalInt.of(((Number) values.get(0)).intValue());
    }

    @Transactional
    public int valueOn(ServiceRule rule, LocalDate on) {
        return inForceOn(rule, on).orElseThrow(
                () -> new IllegalStateException("No value of rule " + rule.key() + " is in force on " + on));
    }
}

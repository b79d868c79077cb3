package kz.gov.rehab.certificate.support;

import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.persistence.EntityManager;
import kz.gov.rehab.certificate.presystem.PreSystemFixtures;

/** Empties the service's application tables between tests, so each test starts from no applications. */
public final class CertificateTables {

    private CertificateTables() {
    }

    /**
     * Empties the service's application tables between tests, so each test starts from no
     * applications and no certificates but those of the registry fixtures, imported again through
     * the register of pre-system certificates as at start.
     */
    public static void clean(EntityManager em) {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("""
                TRUNCATE queue_ticket, complaint, hearing, application_stage, certificate, certificate_application, idempotency_record, deadline_watch,
                         certificate_import""")
                .executeUpdate());
        Arc.container().instance(PreSystemFixtures.class).get().seed();
    }

    public static long count(EntityManager em, String table) {
        return QuarkusTransaction.requiringNew().call(() ->
                ((Number) em.createNativeQuery("SELECT count(*) FROM " + table).getSingleResult()).longValue());
    }

    /** When the deadline watch of an application fires: [approaching, breached], or empty when not watched. */
    @SuppressWarnings("unchecked")
    public static java.util.List<Object[]> deadlineWatch(EntityManager em, String applicationNumber) {
        return QuarkusTransaction.requiringNew().call(() -> (java.util.List<Object[]>) em.createNativeQuery(
                "SELECT approaching_at, deadline_at FROM deadline_watch WHERE application_number = :n")
                .setParameter("n", applicationNumber).getResultList());
    }

    /** The types of the status events recorded for one application, in order. */
    @SuppressWarnings("unchecked")
    public static java.util.List<String> eventTypes(EntityManager em, String applicationNumber) {
        return QuarkusTransaction.requiringNew().call(() -> (java.util.List<String>) em.createNativeQuery(
                "SELECT type FROM outbox_event WHERE application_number = :n ORDER BY seq")
                .setParameter("n", applicationNumber).getResultList());
    }
}

package kz.gov.rehab.compensation.support;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.persistence.EntityManager;
import jakarta.enterprise.inject.spi.CDI;
import java.util.List;
import java.util.UUID;

/** The status events recorded in the outbox for one application, in the order they were recorded. */
public final class OutboxEvents {

    private OutboxEvents() {
    }

    @SuppressWarnings("unchecked")
    public static List<String> typesOf(UUID applicationId) {
        return QuarkusTransaction.requiringNew().call(() -> CDI.current().select(EntityManager.class).get()
                .createNativeQuery("SELECT type FROM outbox_event WHERE application_id = :id ORDER BY seq", String.class)
                .setParameter("id", applicationId).getResultList());
    }

    /** The events' data documents (JSON text), in order. */
    @SuppressWarnings("unchecked")
    public static List<String> dataOf(UUID applicationId) {
        return QuarkusTransaction.requiringNew().call(() -> CDI.current().select(EntityManager.class).get()
                .createNativeQuery("SELECT CAST(data AS text) FROM outbox_event WHERE application_id = :id ORDER BY seq", String.class)
                .setParameter("id", applicationId).getResultList());
    }
}

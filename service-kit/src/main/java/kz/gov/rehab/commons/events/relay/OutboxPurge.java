package kz.gov.rehab.commons.events.relay;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import kz.gov.rehab.commons.events.EventsConfig;
import kz.gov.rehab.commons.events.outbox.OutboxStore;
import org.jboss.logging.Logger;

/**
 * Deletes published outbox rows older than {@code rehab.events.retention}. Pending rows are
 * never purged. Safe with several instances: the delete is idempotent.
 */
@ApplicationScoped
public class OutboxPurge {

    private static final Logger LOG = Logger.getLogger(OutboxPurge.class);

    private final OutboxStore store;
    private final EventsConfig config;

    OutboxPurge(OutboxStore store, EventsConfig config) {
        this.store = store;
        this.config = config;
    }

    @Scheduled(every = "${rehab.events.purge-every:1h}", delayed = "1m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        purge();
    }

    /** Returns how many published rows were deleted. */
    public int purge() {
        int deleted = QuarkusTransaction.requiringNew().call(() -> store.purgePublishedOlderThan(config.retention()));
        if (deleted > 0) {
            LOG.infof("purged %d published outbox rows older than %s", deleted, config.retention());
        }
        return deleted;
    }
}

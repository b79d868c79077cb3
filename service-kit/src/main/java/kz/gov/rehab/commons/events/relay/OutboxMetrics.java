package kz.gov.rehab.commons.events.relay;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import kz.gov.rehab.commons.events.outbox.OutboxStore;
import org.jboss.logging.Logger;

/**
 * Outbox gauges for the Prometheus endpoint ({@code /q/metrics}):
 * {@code rehab_outbox_pending_events} (rows not yet published) and
 * {@code rehab_outbox_oldest_pending_age_seconds} (0 when none is pending). They are refreshed
 * from the database every few seconds (the age as the database measures it at that moment), so a
 * scrape never waits for a query.
 */
@ApplicationScoped
public class OutboxMetrics implements MeterBinder {

    private static final Logger LOG = Logger.getLogger(OutboxMetrics.class);
    private static final String PENDING_EVENTS = "rehab.outbox.pending.events";
    private static final String OLDEST_PENDING_AGE = "rehab.outbox.oldest.pending.age";

    private final OutboxStore store;
    private final AtomicLong pending = new AtomicLong();
    private final AtomicLong oldestPendingAgeMillis = new AtomicLong();

    OutboxMetrics(OutboxStore store) {
        this.store = store;
    }

    /**
     * Bound by Quarkus to Micrometer's global registry, so the gauges exist before the first scrape.
     * That registry outlives an application restarted in the same JVM (as the test runner does): a
     * gauge left there by the earlier instance would keep the name and read the earlier instance's
     * backlog, or nothing once that instance is collected. It is replaced by this instance's.
     */
    @Override
    public void bindTo(MeterRegistry registry) {
        for (String name : List.of(PENDING_EVENTS, OLDEST_PENDING_AGE)) {
            registry.find(name).meters().forEach(registry::remove);
        }
        Gauge.builder(PENDING_EVENTS, pending, AtomicLong::get)
                .description("Status events recorded in the outbox and not yet published to Kafka")
                .register(registry);
        Gauge.builder(OLDEST_PENDING_AGE, this, OutboxMetrics::oldestPendingAgeSeconds)
                .description("Age of the oldest status event not yet published to Kafka (0 when none)")
                .baseUnit("seconds")
                .register(registry);
    }

    void firstRefresh(@Observes StartupEvent startup) {
        refresh();
    }

    @Scheduled(every = "${rehab.events.metrics.refresh-every:5s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    public void refresh() {
        try {
            show(QuarkusTransaction.requiringNew().call(store::backlog));
        } catch (RuntimeException e) {
            LOG.debugf(e, "could not refresh the outbox gauges");
        }
    }

    void show(OutboxStore.Backlog backlog) {
        pending.set(backlog.pending());
        oldestPendingAgeMillis.set(backlog.oldestPendingAge().map(Duration::toMillis).orElse(0L));
    }

    public long pendingEvents() {
        return pending.get();
    }

    public double oldestPendingAgeSeconds() {
        return oldestPendingAgeMillis.get() / 1000.0;
    }
}

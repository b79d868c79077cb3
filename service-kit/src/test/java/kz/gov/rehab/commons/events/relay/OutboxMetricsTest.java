package kz.gov.rehab.commons.events.relay;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.micrometer.core.instrument.composite.CompositeMeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.Optional;
import kz.gov.rehab.commons.events.outbox.OutboxStore;
import org.junit.jupiter.api.Test;

/** The gauges the monitoring system scrapes show the running application's backlog. */
class OutboxMetricsTest {

    @Test
    void anApplicationRestartedInTheSameJvmShowsItsOwnBacklogNotTheEarlierOnes() {
        CompositeMeterRegistry global = new CompositeMeterRegistry();
        OutboxMetrics earlier = new OutboxMetrics(null);
        earlier.show(new OutboxStore.Backlog(5, Optional.empty()));
        earlier.bindTo(global);

        OutboxMetrics restarted = new OutboxMetrics(null);
        restarted.show(new OutboxStore.Backlog(7, Optional.empty()));
        restarted.bindTo(global);
        SimpleMeterRegistry scraped = new SimpleMeterRegistry();
        global.add(scraped);

        assertEquals(7.0, scraped.get("rehab.outbox.pending.events").gauge().value());
        assertEquals(0.0, scraped.get("rehab.outbox.oldest.pending.age").gauge().value());
    }
}

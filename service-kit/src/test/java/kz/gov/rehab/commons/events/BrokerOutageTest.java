package kz.gov.rehab.commons.events;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cloudevents.CloudEvent;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import kz.gov.rehab.commons.events.relay.OutboxMetrics;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/**
 * C9 (para 16): the monitoring system misses nothing when Kafka is down. Runs its own broker
 * ({@link DedicatedKafkaBroker}) and stops it; the shared broker is never touched.
 */
@QuarkusTest
@WithTestResource(DedicatedKafkaBroker.class)
class BrokerOutageTest {

    @Inject
    StatusEvents statusEvents;

    @Inject
    OutboxRows outboxRows;

    @Inject
    OutboxMetrics metrics;

    @Test
    void eventsRecordedWhileKafkaIsDownArriveInOrderPerApplicationWhenItIsBack_para16() {
        DedicatedKafkaBroker broker = DedicatedKafkaBroker.current;
        broker.awaitListening();
        try (EventStream stream = new EventStream(broker.bootstrapServers(), "rehab.commons-test.status", 3)) {
            broker.stopBroker();

            Map<UUID, List<UUID>> recorded = new LinkedHashMap<>();
            List<UUID> applications = List.of(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID());
            List<String> stages = List.of("accepted", "in-review", "hearing-scheduled", "issued");
            for (String stage : stages) {
                for (UUID application : applications) {
                    long started = System.nanoTime();
                    UUID id = QuarkusTransaction.requiringNew().call(() -> statusEvents.record(application,
                            "C-2026-" + application.toString().substring(0, 6), "application." + stage,
                            MonitoringData.stage(stage).build()));
                    assertTrue(Duration.ofNanos(System.nanoTime() - started).compareTo(Duration.ofSeconds(1)) < 0,
                            "the state change does not wait for Kafka");
                    recorded.computeIfAbsent(application, a -> new ArrayList<>()).add(id);
                }
            }

            // The relay keeps trying: failed attempts are counted on the rows, the gauges show the backlog.
            // A producer that knew the broker before it stopped gives up on a send only after its delivery
            // timeout (30 s), hence the longer wait.
            await().atMost(Duration.ofSeconds(75)).until(() -> outboxRows.maxPendingAttempts() > 0);
            metrics.refresh();
            assertTrue(metrics.pendingEvents() >= 12, "pending: " + metrics.pendingEvents());
            assertTrue(metrics.oldestPendingAgeSeconds() > 0);

            broker.startBroker();

            List<String> keys = applications.stream().map(UUID::toString).toList();
            List<ConsumerRecord<String, CloudEvent>> received = await().atMost(Duration.ofSeconds(60))
                    .until(() -> stream.receivedFor(keys), r -> r.size() >= 12);

            Map<UUID, List<UUID>> arrived = received.stream().collect(Collectors.groupingBy(
                    r -> UUID.fromString(r.key()), LinkedHashMap::new,
                    Collectors.mapping(r -> UUID.fromString(r.value().getId()), Collectors.toList())));
            for (UUID application : applications) {
                assertEquals(recorded.get(application), arrived.get(application),
                        "all events of the application, once each, in the order of its state changes");
            }
            assertEquals(12, new HashSet<>(received.stream().map(r -> r.value().getId()).toList()).size());
            await().atMost(Duration.ofSeconds(10)).until(() -> applications.stream()
                    .allMatch(a -> outboxRows.of(a).stream().allMatch(OutboxRows.Row::published)));
        }
    }
}

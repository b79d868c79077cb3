package kz.gov.rehab.commons.events;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cloudevents.CloudEvent;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import kz.gov.rehab.commons.events.outbox.OutboxStore;
import kz.gov.rehab.commons.events.relay.OutboxRelay;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * The relay leases what it publishes instead of locking it while the broker answers: another
 * instance's lease keeps an application's events back, nothing stays locked, and once the lease is
 * given back one round publishes all of the application's events, in the order they were recorded.
 * The relay's own thread is off here: the test plays both instances.
 */
@QuarkusTest
@TestProfile(RelayLeaseTest.RoundsByHand.class)
class RelayLeaseTest {

    public static class RoundsByHand implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("rehab.events.relay.enabled", "false");
        }
    }

    @Inject
    StatusEvents statusEvents;
    @Inject
    OutboxStore store;
    @Inject
    OutboxRelay relay;
    @Inject
    OutboxRows outbox;
    @Inject
    DataSource dataSource;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Test
    void anotherInstancesLeaseHoldsTheEventsBackWithoutLockingThem_para16() throws Exception {
        UUID applicationId = UUID.randomUUID();
        List<String> stages = List.of("submitted", "accepted", "routed");
        try (EventStream stream = new EventStream(bootstrapServers, "rehab.commons-test.status", 3)) {
            List<UUID> recorded = QuarkusTransaction.requiringNew().call(() -> stages.stream()
                    .map(stage -> statusEvents.record(applicationId, "C-2026-000301", "application." + stage,
                            MonitoringData.stage(stage).build()))
                    .toList());

            // the other instance leases everything pending, this application's three events with it
            List<UUID> leasedElsewhere = store.claim(10_000, Duration.ofHours(1)).stream().map(c -> c.row().id()).toList();
            assertTrue(leasedElsewhere.containsAll(recorded), "the lease covers all of the application's pending events");
            assertEquals(List.of(), lockedAmong(recorded), "a lease is a committed mark, not a lock held open");

            relay.publishRound();
            assertTrue(outbox.of(applicationId).stream().noneMatch(OutboxRows.Row::published),
                    "nothing of a leased application is published by another instance");

            store.release(leasedElsewhere);
            relay.publishRound();
            assertTrue(outbox.of(applicationId).stream().allMatch(OutboxRows.Row::published),
                    "one round publishes all three events of the application");

            List<ConsumerRecord<String, CloudEvent>> received = await().atMost(Duration.ofSeconds(30))
                    .until(() -> stream.receivedFor(Set.of(applicationId.toString())), r -> r.size() >= 3);
            assertEquals(recorded, received.stream().map(r -> UUID.fromString(r.value().getId())).toList(),
                    "once each, in the order they were recorded");
        }
    }

    /** The rows among {@code ids} that another transaction cannot lock at once. */
    private List<UUID> lockedAmong(List<UUID> ids) throws Exception {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT id FROM outbox_event WHERE id = ANY (?) FOR UPDATE SKIP LOCKED")) {
                ps.setArray(1, c.createArrayOf("uuid", ids.toArray()));
                List<UUID> free = new java.util.ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        free.add(rs.getObject(1, UUID.class));
                    }
                }
                return ids.stream().filter(id -> !free.contains(id)).toList();
            } finally {
                c.rollback();
            }
        }
    }
}

package kz.gov.rehab.commons.events;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.cloudevents.CloudEvent;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * An intake records several stages of one application in one transaction. Only the first is at the
 * head of the application's queue when the commit wakes the relay; the others must follow at once,
 * not at the next poll. The poll interval is an hour here, so only the follow-on rounds can deliver them.
 */
@QuarkusTest
@TestProfile(RelayFollowOnTest.PollOncePerHour.class)
class RelayFollowOnTest {

    public static class PollOncePerHour implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("rehab.events.relay.poll-interval", "1h");
        }
    }

    @Inject
    StatusEvents statusEvents;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Test
    void stagesRecordedTogetherAreAllPublishedWithoutWaitingForAPoll_para16() throws Exception {
        UUID applicationId = UUID.randomUUID();
        List<String> stages = List.of("submitted", "accepted", "routed");
        try (EventStream stream = new EventStream(bootstrapServers, "rehab.commons-test.status", 3)) {
            List<UUID> recorded = QuarkusTransaction.requiringNew().call(() -> stages.stream()
                    .map(stage -> statusEvents.record(applicationId, "C-2026-000300", "application." + stage,
                            MonitoringData.stage(stage).build()))
                    .toList());

            List<ConsumerRecord<String, CloudEvent>> received = await().atMost(Duration.ofSeconds(30))
                    .until(() -> stream.receivedFor(Set.of(applicationId.toString())), r -> r.size() >= 3);
            assertEquals(recorded, received.stream().map(r -> UUID.fromString(r.value().getId())).toList(),
                    "all three, in the order they were recorded");
        }
    }
}

package kz.gov.rehab.commons.events;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cloudevents.CloudEvent;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import kz.gov.rehab.commons.events.deadline.DeadlineWatch;
import kz.gov.rehab.commons.events.deadline.DeadlineWatchJob;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * B4: "deadline approaching" one working day before the deadline and "deadline breached" when it
 * passes unfinished, each once per application, however many instances run the watch.
 */
@QuarkusTest
class DeadlineWatchTest {

    private static final MonitoringData CONTEXT = MonitoringData.stage("accepted")
            .provider(Provider.akimat("751110000", "Akimat of Almaty"))
            .channel(Channel.STATE_CORPORATION)
            .deadline(LocalDate.of(2026, 4, 20))
            .build();

    @Inject
    DeadlineWatch deadlineWatch;

    @Inject
    DeadlineWatchJob job;

    @Inject
    OutboxRows outboxRows;

    @Inject
    ObjectMapper objectMapper;

    @Inject
    MeterRegistry meters;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Test
    void approachingThenBreachedFireOnceEachEvenWithSeveralInstances_B4() throws Exception {
        UUID applicationId = UUID.randomUUID();
        Instant deadline = Instant.now().plusSeconds(3).truncatedTo(ChronoUnit.MILLIS);
        try (EventStream stream = new EventStream(bootstrapServers, "rehab.commons-test.status", 3)) {
            QuarkusTransaction.requiringNew().run(() -> deadlineWatch.start(applicationId, "C-2026-000200",
                    Instant.now().minusSeconds(1), deadline, CONTEXT));

            // four "instances" (and the scheduler) run the watch at the same time, again and again
            ExecutorService instances = Executors.newFixedThreadPool(4);
            try {
                await().atMost(Duration.ofSeconds(20)).until(() -> {
                    runConcurrently(instances);
                    return types(applicationId).contains("kz.gov.rehab-commons-test.deadline.breached");
                });
                runConcurrently(instances);
            } finally {
                instances.shutdown();
            }

            assertEquals(List.of("kz.gov.rehab-commons-test.deadline.approaching", "kz.gov.rehab-commons-test.deadline.breached"),
                    types(applicationId), "each once, in order");
            List<ConsumerRecord<String, CloudEvent>> received = await().atMost(Duration.ofSeconds(30))
                    .until(() -> stream.receivedFor(Set.of(applicationId.toString())), r -> r.size() >= 2);
            assertEquals(2, received.size());
            JsonNode breached = objectMapper.readTree(received.get(1).value().getData().toBytes());
            assertEquals("deadline-breached", breached.get("stage").asText());
            assertEquals("system", breached.get("actorRole").asText());
            assertEquals("751110000", breached.at("/provider/code").asText());
            assertEquals("2026-04-20", breached.get("deadline").asText());
            assertEquals(deadline.truncatedTo(java.time.temporal.ChronoUnit.SECONDS),
                    java.time.OffsetDateTime.parse(breached.at("/details/deadlineAt").asText()).toInstant());
            assertTrue(breached.at("/details/deadlineAt").asText().endsWith("+05:00"), "in the service zone");
        }
    }

    @Test
    void aFinishedApplicationFiresNothing_B4() {
        UUID applicationId = UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> deadlineWatch.start(applicationId, "C-2026-000201",
                Instant.now().plusSeconds(1), Instant.now().plusSeconds(2), CONTEXT));
        QuarkusTransaction.requiringNew().run(() -> deadlineWatch.stop(applicationId));

        // past both instants, nothing fires
        await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(6)).until(() -> {
            job.fireDue();
            return types(applicationId).isEmpty();
        });
    }

    @Test
    void aDeadlineAlreadyPastFiresOnlyBreached_B4() {
        UUID applicationId = UUID.randomUUID();
        double breachedBefore = recorded(DeadlineWatchJob.BREACHED);
        double approachingBefore = recorded(DeadlineWatchJob.APPROACHING);
        QuarkusTransaction.requiringNew().run(() -> deadlineWatch.start(applicationId, "C-2026-000202",
                Instant.now().minusSeconds(120), Instant.now().minusSeconds(60), CONTEXT));

        job.fireDue();
        job.fireDue();

        assertEquals(List.of("kz.gov.rehab-commons-test.deadline.breached"), types(applicationId));
        // what an operator counts (docs/operations.md): the one breach, nothing approaching
        assertEquals(1, recorded(DeadlineWatchJob.BREACHED) - breachedBefore);
        assertEquals(0, recorded(DeadlineWatchJob.APPROACHING) - approachingBefore);
    }

    private double recorded(String event) {
        return meters.get("rehab.deadline.watch.events").tag("event", event).counter().count();
    }

    private void runConcurrently(ExecutorService instances) throws Exception {
        List<Callable<Integer>> runs = IntStream.range(0, 4).<Callable<Integer>>mapToObj(i -> job::fireDue).toList();
        for (Future<Integer> run : instances.invokeAll(runs)) {
            run.get();
        }
    }

    private List<String> types(UUID applicationId) {
        return outboxRows.of(applicationId).stream().map(OutboxRows.Row::type).toList();
    }
}

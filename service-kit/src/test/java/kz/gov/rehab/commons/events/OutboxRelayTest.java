package kz.gov.rehab.commons.events;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cloudevents.CloudEvent;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import kz.gov.rehab.commons.events.relay.OutboxPurge;
import kz.gov.rehab.commons.person.Iin;
import kz.gov.rehab.commons.request.RequestId;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.MDC;
import org.junit.jupiter.api.Test;

/** C9 (para 16) on the real broker: what the monitoring system receives for each state change. */
@QuarkusTest
class OutboxRelayTest {

    private static final Duration DELIVERY = Duration.ofSeconds(30);

    @Inject
    StatusEvents statusEvents;

    @Inject
    OutboxRows outboxRows;

    @Inject
    OutboxPurge purge;

    @Inject
    DataSource dataSource;

    @Inject
    ObjectMapper objectMapper;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Test
    void eachStateChangeYieldsExactlyOneCloudEventWithAUniqueId_para16() throws Exception {
        UUID applicationId = UUID.randomUUID();
        UUID rolledBack = UUID.randomUUID();
        try (EventStream stream = new EventStream(bootstrapServers, "rehab.commons-test.status", 3)) {
            assertThrows(IllegalStateException.class, () -> QuarkusTransaction.requiringNew().run(() -> {
                statusEvents.record(rolledBack, "C-2026-000101", "application.accepted", MonitoringData.stage("accepted").build());
                throw new IllegalStateException("the state change failed");
            }));
            List<UUID> recorded = new ArrayList<>();
            MDC.put(RequestId.MDC_KEY, "req-outbox-1");
            try {
                for (String stage : List.of("accepted", "in-review", "issued")) {
                    recorded.add(QuarkusTransaction.requiringNew().call(() -> statusEvents.record(applicationId,
                            "C-2026-000100", "application." + stage, MonitoringData.stage(stage)
                                    .provider(Provider.akimat("751110000", "Akimat of Almaty"))
                                    .channel(Channel.STATE_CORPORATION)
                                    .deadline(LocalDate.of(2026, 4, 20))
                                    .actorRole("akimat")
                                    .applicant(Iin.parse("791028302728"))
                                    .build())));
                }
            } finally {
                MDC.remove(RequestId.MDC_KEY);
            }

            List<ConsumerRecord<String, CloudEvent>> received = await().atMost(DELIVERY)
                    .until(() -> stream.receivedFor(Set.of(applicationId.toString(), rolledBack.toString())), r -> r.size() >= 3);
            // a little longer: nothing more may come (no duplicate, nothing of the rolled-back change)
            await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(4))
                    .until(() -> stream.receivedFor(Set.of(applicationId.toString(), rolledBack.toString())).size() == 3);

            List<UUID> ids = received.stream().map(r -> UUID.fromString(r.value().getId())).toList();
            assertEquals(recorded, ids, "one event per state change, in the order of the changes");
            assertEquals(3, new HashSet<>(ids).size());

            ConsumerRecord<String, CloudEvent> first = received.get(0);
            CloudEvent event = first.value();
            assertEquals(applicationId.toString(), first.key(), "key = application id");
            assertEquals("application/cloudevents+json", new String(first.headers().lastHeader("content-type").value()),
                    "structured mode");
            assertEquals("1.0", event.getSpecVersion().toString());
            assertEquals("kz.gov.rehab-commons-test.application.accepted", event.getType());
            assertEquals("/kz/gov/rehab/commons-test", event.getSource().toString());
            assertEquals("C-2026-000100", event.getSubject());
            assertNotNull(event.getTime());
            assertEquals("req-outbox-1", event.getExtension("requestid"));
            assertEquals("http://127.0.0.1:8080/api/v1/events/schemas/kz.gov.rehab-commons-test.application.accepted.json",
                    String.valueOf(event.getDataSchema()), "dataschema: the schema of the type's data, served by the gateway");
            assertEquals("application/json", event.getDataContentType());
            JsonNode data = objectMapper.readTree(event.getData().toBytes());
            assertEquals("commons-test", data.get("serviceCode").asText());
            assertEquals("Status events of the shared library's tests", data.get("serviceName").asText());
            assertEquals("accepted", data.get("stage").asText());
            assertEquals("AKIMAT", data.at("/provider/kind").asText());
            assertEquals("751110000", data.at("/provider/code").asText());
            assertEquals("STATE_CORPORATION", data.get("channel").asText());
            assertEquals("2026-04-20", data.get("deadline").asText());
            assertEquals("akimat", data.get("actorRole").asText());
            assertEquals("7910******28", data.get("applicantIin").asText());
            assertTrue(outboxRows.of(applicationId).stream().allMatch(OutboxRows.Row::published));
        }
    }

    @Test
    void publishedEventsArePurgedAfterTheRetentionPendingOnesNever() throws Exception {
        UUID applicationId = UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> statusEvents.record(applicationId, "C-2026-000102",
                "application.accepted", MonitoringData.stage("accepted").build()));
        await().atMost(DELIVERY).until(() -> outboxRows.of(applicationId).get(0).published());
        UUID pendingApplication = UUID.randomUUID();
        try (var c = dataSource.getConnection(); var st = c.createStatement()) {
            st.executeUpdate("UPDATE outbox_event SET published_at = now() - interval '8 days' WHERE application_id = '"
                    + applicationId + "'");
            // an old row that is still pending (e.g. a long Kafka outage) must survive the purge
            st.executeUpdate("INSERT INTO outbox_event (id, application_id, application_number, type, source, topic, "
                    + "occurred_at, data, recorded_at, next_attempt_at) VALUES ('" + UUID.randomUUID() + "', '"
                    + pendingApplication + "', 'C-2026-000103', 't', '/s', 'rehab.commons-test.parked', now(), '{}', "
                    + "now() - interval '9 days', now() + interval '1 day')");
        }

        assertTrue(purge.purge() >= 1);

        assertEquals(List.of(), outboxRows.of(applicationId));
        assertEquals(1, outboxRows.of(pendingApplication).size());
        try (var c = dataSource.getConnection(); var st = c.createStatement()) {
            st.executeUpdate("DELETE FROM outbox_event WHERE application_id = '" + pendingApplication + "'");
        }
    }

    @Test
    void prometheusShowsThePendingCountAndTheAgeOfTheOldestPendingEvent() {
        given().when().get("/q/metrics").then().statusCode(200)
                .body(containsString("rehab_outbox_pending_events"))
                .body(containsString("rehab_outbox_oldest_pending_age_seconds"));
    }
}

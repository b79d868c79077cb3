package kz.gov.rehab.commons.events;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.cloudevents.CloudEvent;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import kz.gov.rehab.commons.request.RequestId;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * Every event a request causes carries its {@code X-Request-Id} as the CloudEvent extension
 * {@code requestid} (docs/events.md), also when the request asked the registries on other threads
 * before recording its events (as every intake does): read back from the real broker.
 */
@QuarkusTest
class RequestCausedEventsTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Test
    void intakeEventsRecordedAfterRegistryQuestionsCarryTheRequestId() {
        UUID applicationId = UUID.randomUUID();
        try (EventStream stream = new EventStream(bootstrapServers, "rehab.commons-test.status", 3)) {
            given().header(RequestId.HEADER, "req-intake-7").post("/probe/intake/" + applicationId)
                    .then().statusCode(200).header(RequestId.HEADER, "req-intake-7");

            List<ConsumerRecord<String, CloudEvent>> received = await().atMost(Duration.ofSeconds(30))
                    .until(() -> stream.receivedFor(Set.of(applicationId.toString())), r -> r.size() >= 2);

            assertEquals(List.of("kz.gov.rehab-commons-test.application.submitted", "kz.gov.rehab-commons-test.application.accepted"),
                    received.stream().map(r -> r.value().getType()).toList());
            assertEquals(List.of("req-intake-7", "req-intake-7"),
                    received.stream().map(r -> String.valueOf(r.value().getExtension("requestid"))).toList());
        }
    }
}

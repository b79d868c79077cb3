package kz.gov.rehab.e2e.events;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import kz.gov.rehab.e2e.Gateway;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndTimestamp;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.ClassOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * Every status event that this end-to-end run produced, read back from both topics as the
 * monitoring system reads them, holds to the published contract (docs/events.md,
 * docs/asyncapi.yaml): it names its schema in {@code dataschema}, that address answers through the
 * gateway with the JSON Schema of its type, its {@code data} is valid against it, and an event that a
 * request caused carries the request's {@code requestid}. Runs after the other classes
 * ({@link ClassOrderer.OrderAnnotation}, junit-platform.properties), so it sees their events.
 */
@Order(Integer.MAX_VALUE)
class EventSchemasIT {

    private static final List<String> TOPICS = List.of("rehab.certificate.status", "rehab.compensation.status");
    /** Caused by no request: recorded by the scheduled jobs (deadline watch, law-data warnings). */
    private static final Set<String> SCHEDULED = Set.of("deadline.approaching", "deadline.breached", "law-data.missing");
    /**
     * The events of this run: those published since this JVM started (a little before, for the clock
     * of the broker). The module tests that ran before on the same broker, and other runs, are not
     * this run's.
     */
    private static final Instant RUN_STARTED = Instant.ofEpochMilli(ManagementFactory.getRuntimeMXBean().getStartTime())
            .minus(Duration.ofSeconds(5));
    private static final ObjectMapper JSON = new ObjectMapper();

    private final SchemaRegistry schemas = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
    private final Map<String, Schema> byAddress = new HashMap<>();

    @Test
    void everyEventOfTheRunHoldsToItsPublishedSchema() throws Exception {
        List<JsonNode> events = eventsOfTheRun();
        Set<String> types = new TreeSet<>();
        events.forEach(event -> types.add(event.path("type").asText()));
        assertTrue(types.contains("kz.gov.rehab-certificate.application.submitted")
                && types.contains("kz.gov.rehab-compensation.application.submitted"),
                "the run produced the intake events of both services, found: " + types);

        String asyncApi = given().get(Gateway.URL + "/api/v1/asyncapi.yaml").then().statusCode(200).extract().asString();
        List<String> broken = new ArrayList<>();
        for (JsonNode event : events) {
            String type = event.path("type").asText();
            String where = type + " " + event.path("id").asText() + ": ";
            String suffix = type.replaceFirst("^kz\\.gov\\.rehab-[a-z]+\\.", "");
            if (!asyncApi.contains("name: " + type + "\n")) {
                broken.add(where + "not a message of the AsyncAPI document");
            }
            if (!SCHEDULED.contains(suffix) && event.path("requestid").asText().isEmpty()) {
                broken.add(where + "caused by a request, but carries no requestid");
            }
            String dataschema = event.path("dataschema").asText();
            if (!dataschema.endsWith("/api/v1/events/schemas/" + type + ".json")) {
                broken.add(where + "dataschema does not name the type's schema: " + dataschema);
                continue;
            }
            for (Error error : schema(dataschema).validate(JSON.writeValueAsString(event.path("data")), InputFormat.JSON)) {
                broken.add(where + error.getInstanceLocation() + " " + error.getMessage());
            }
        }
        assertEquals(List.of(), broken, events.size() + " events of " + types.size() + " types read; these break the contract");
    }

    /** The schema at the event's dataschema address, fetched through the gateway once per address. */
    private Schema schema(String address) {
        return byAddress.computeIfAbsent(address, url -> schemas.getSchema(given().get(url).then().statusCode(200)
                .contentType("application/schema+json").extract().asString(), InputFormat.JSON));
    }

    /** Both topics, from the first event of this run ({@link #RUN_STARTED}) to their end at this moment. */
    private static List<JsonNode> eventsOfTheRun() throws Exception {
        Properties properties = new Properties();
        properties.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, System.getenv().getOrDefault("TEST_KAFKA_BOOTSTRAP_SERVERS", System.getenv().getOrDefault("KAFKA_BOOTSTRAP_SERVERS", "127.0.0.1:9092")));
        properties.put(ConsumerConfig.GROUP_ID_CONFIG, "e2e-event-schemas-" + UUID.randomUUID());
        properties.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        properties.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        properties.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        List<JsonNode> events = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(properties)) {
            List<TopicPartition> partitions = new ArrayList<>();
            for (String topic : TOPICS) {
                consumer.partitionsFor(topic).forEach(p -> partitions.add(new TopicPartition(topic, p.partition())));
            }
            consumer.assign(partitions);
            Map<TopicPartition, Long> since = new HashMap<>();
            partitions.forEach(partition -> since.put(partition, RUN_STARTED.toEpochMilli()));
            Map<TopicPartition, OffsetAndTimestamp> starts = consumer.offsetsForTimes(since);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
            for (TopicPartition partition : partitions) {
                OffsetAndTimestamp start = starts.get(partition);
                consumer.seek(partition, start != null ? start.offset() : ends.get(partition));
            }
            Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
            while (partitions.stream().anyMatch(p -> consumer.position(p) < ends.get(p))) {
                assertTrue(Instant.now().isBefore(deadline), "the topics were not read to their end within 60 s");
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                    events.add(JSON.readTree(record.value()));
                }
            }
        }
        return events;
    }
}

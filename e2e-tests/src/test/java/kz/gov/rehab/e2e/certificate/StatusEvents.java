package kz.gov.rehab.e2e.certificate;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.HashMap;
import java.util.Map;
import java.time.Instant;
import org.apache.kafka.clients.consumer.OffsetAndTimestamp;
import org.apache.kafka.common.TopicPartition;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;

/** Reads the certificate service's status events from Kafka the way the monitoring system does (C9). */
final class StatusEvents {

    static final String TOPIC = "rehab.certificate.status";
    private static final ObjectMapper JSON = new ObjectMapper();

    private StatusEvents() {
    }

    /**
     * Waits (at most 60 s) until the application's events on the topic are exactly these stages, in
     * order. The application is found by its id, the Kafka key of its events (numbers repeat across
     * databases that share a broker).
     */
    /** A little before this JVM started: no event of this run is older. */
    private static final Instant RUN_STARTED = Instant.now().minus(Duration.ofMinutes(2));

    static void assertStages(String applicationId, List<String> expected) {
        Properties properties = new Properties();
        properties.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, System.getenv().getOrDefault("TEST_KAFKA_BOOTSTRAP_SERVERS", System.getenv().getOrDefault("KAFKA_BOOTSTRAP_SERVERS", "127.0.0.1:9092")));
        properties.put(ConsumerConfig.GROUP_ID_CONFIG, "e2e-certificate-" + UUID.randomUUID());
        properties.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        properties.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        properties.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        List<String> stages = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(properties)) {
            // from the records of this test run on: a broker shared with other runs may hold many more
            List<TopicPartition> partitions = consumer.partitionsFor(TOPIC).stream()
                    .map(p -> new TopicPartition(TOPIC, p.partition())).toList();
            consumer.assign(partitions);
            Map<TopicPartition, Long> since = new HashMap<>();
            partitions.forEach(partition -> since.put(partition, RUN_STARTED.toEpochMilli()));
            Map<TopicPartition, OffsetAndTimestamp> offsets = consumer.offsetsForTimes(since);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
            for (TopicPartition partition : partitions) {
                OffsetAndTimestamp offset = offsets.get(partition);
                consumer.seek(partition, offset != null ? offset.offset() : ends.get(partition));
            }
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).until(() -> {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                    if (applicationId.equals(record.key())) {
                        stage(record.value()).ifPresent(stages::add);
                    }
                }
                return stages.size() >= expected.size();
            });
        }
        assertEquals(expected, stages);
    }

    /** Waits (at most 60 s) until an event of this type about this subject (the CloudEvent subject) is on the topic. */
    static void assertEventAbout(String subject, String type) {
        Properties properties = new Properties();
        properties.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, System.getenv().getOrDefault("TEST_KAFKA_BOOTSTRAP_SERVERS", System.getenv().getOrDefault("KAFKA_BOOTSTRAP_SERVERS", "127.0.0.1:9092")));
        properties.put(ConsumerConfig.GROUP_ID_CONFIG, "e2e-certificate-" + UUID.randomUUID());
        properties.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        properties.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        properties.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(properties)) {
            List<TopicPartition> partitions = consumer.partitionsFor(TOPIC).stream()
                    .map(p -> new TopicPartition(TOPIC, p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).until(() -> {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                    JsonNode event = JSON.readTree(record.value());
                    if (subject.equals(event.path("subject").asText()) && event.path("type").asText().endsWith(type)) {
                        return true;
                    }
                }
                return false;
            });
        }
    }

    private static java.util.Optional<String> stage(String value) {
        try {
            JsonNode node = JSON.readTree(value);
            JsonNode data = node.has("data") ? node.get("data") : node;
            return java.util.Optional.of(data.path("stage").asText());
        } catch (Exception e) {
            return java.util.Optional.empty();
        }
    }
}

package kz.gov.rehab.certificate.tracing;

import static io.restassured.RestAssured.given;
import static kz.gov.rehab.certificate.support.Intakes.BRANCH;
import static kz.gov.rehab.certificate.support.Intakes.SEITKALI;
import static kz.gov.rehab.certificate.support.Intakes.SEITKALI_ID_CARD;
import static kz.gov.rehab.certificate.support.Intakes.certificate;
import static org.assertj.core.api.Assertions.assertThat;

import io.cloudevents.CloudEvent;
import io.cloudevents.kafka.CloudEventDeserializer;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;
import java.util.stream.Collectors;
import kz.gov.rehab.certificate.support.CertificateTables;
import kz.gov.rehab.certificate.support.GatewayTokens;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.awaitility.Awaitility;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * One submission is one trace (issue 17, docs/operations.md): the request as the gateway forwards
 * it (with its {@code traceparent}), the service's server span, its registry requests back through
 * the gateway, its JDBC statements and the outbox relay's publish, and the CloudEvent on Kafka
 * carries the trace on to the monitoring system.
 */
@QuarkusTest
class SubmissionTraceTest {

    private static final AttributeKey<String> DB_SYSTEM = AttributeKey.stringKey("db.system");
    private static final AttributeKey<String> DB_SYSTEM_NAME = AttributeKey.stringKey("db.system.name");
    private static final AttributeKey<String> URL_FULL = AttributeKey.stringKey("url.full");

    @Inject
    InMemorySpanExporter spans;

    @Inject
    EntityManager em;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @ConfigProperty(name = "rehab.events.topic")
    String topic;

    @Test
    void aSubmissionIsOneTraceFromTheGatewaysRequestToTheKafkaRecord() {
        CertificateTables.clean(em);
        String traceId = hex(16);
        String gatewaySpanId = hex(8);
        try (KafkaConsumer<String, CloudEvent> events = fromTheEndOf(topic)) {
            spans.reset();
            // the registry gateway of the tests is a cold process on a busy machine: a caller retries a 503
            String number = Awaitility.await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofSeconds(1))
                    .until(() -> given().auth().oauth2(GatewayTokens.stateCorporation(BRANCH))
                            .header("traceparent", "00-" + traceId + "-" + gatewaySpanId + "-01")
                            .contentType("application/json").body(certificate(SEITKALI, SEITKALI_ID_CARD))
                            .post("/api/v1/certificates/applications")
                            .then().extract(), response -> response.statusCode() == 201)
                    .path("number");

            List<ConsumerRecord<String, CloudEvent>> received = new ArrayList<>();
            Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> {
                events.poll(Duration.ofMillis(200)).forEach(received::add);
                return received.stream().anyMatch(r -> number.equals(r.value().getSubject()));
            });
            Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> !publishSpans(traceId).isEmpty()
                    && spansOf(traceId).stream().anyMatch(SubmissionTraceTest::isTheAcceptedSubmission));

            List<SpanData> trace = spansOf(traceId);
            Map<String, SpanData> byId = trace.stream().collect(Collectors.toMap(SpanData::getSpanId, Function.identity()));

            SpanData server = trace.stream().filter(SubmissionTraceTest::isTheAcceptedSubmission).findFirst().orElseThrow();
            assertThat(server.getParentSpanId()).as("the service continues the gateway's span").isEqualTo(gatewaySpanId);
            assertThat(server.getName()).contains("/api/v1/certificates/applications");

            List<SpanData> registryRequests = trace.stream()
                    .filter(s -> s.getKind() == SpanKind.CLIENT && s.getAttributes().get(URL_FULL) != null
                            && s.getAttributes().get(URL_FULL).contains("/egov/v1/"))
                    .filter(s -> ancestors(s, byId).contains(server.getSpanId()))
                    .toList();
            assertThat(registryRequests).as("registry requests through the gateway").isNotEmpty();
            registryRequests.forEach(request -> {
                assertThat(request.getAttributes().get(URL_FULL)).as("IINs are masked in spans")
                        .doesNotContain(SEITKALI).contains("3504******00");
            });

            List<SpanData> statements = trace.stream()
                    .filter(s -> s.getAttributes().get(DB_SYSTEM) != null || s.getAttributes().get(DB_SYSTEM_NAME) != null)
                    .filter(s -> ancestors(s, byId).contains(server.getSpanId()))
                    .toList();
            assertThat(statements).as("JDBC statements of the submission").isNotEmpty();

            List<SpanData> publishes = publishSpans(traceId);
            publishes.forEach(publish -> {
                assertThat(publish.getName()).isEqualTo("publish " + topic);
                assertThat(ancestors(publish, byId)).as("the publish continues the submitting request")
                        .contains(server.getSpanId());
            });

            received.stream().filter(r -> number.equals(r.value().getSubject())).forEach(record -> {
                Object traceparent = record.value().getExtension("traceparent");
                assertThat(traceparent).as("traceparent of " + record.value().getType()).isNotNull();
                String[] parts = traceparent.toString().split("-");
                assertThat(parts[1]).as("the event's trace").isEqualTo(traceId);
                assertThat(publishes).as("the event's parent is its publish span")
                        .anyMatch(publish -> publish.getSpanId().equals(parts[2]));
            });
        }
    }

    private static boolean isTheAcceptedSubmission(SpanData span) {
        Long status = span.getAttributes().get(AttributeKey.longKey("http.response.status_code"));
        return span.getKind() == SpanKind.SERVER && status != null && status == 201;
    }

    private List<SpanData> spansOf(String traceId) {
        return spans.getFinishedSpanItems().stream().filter(s -> s.getTraceId().equals(traceId)).toList();
    }

    private List<SpanData> publishSpans(String traceId) {
        return spansOf(traceId).stream().filter(s -> s.getKind() == SpanKind.PRODUCER).toList();
    }

    /** The span ids above {@code span}, nearest first. */
    private static List<String> ancestors(SpanData span, Map<String, SpanData> byId) {
        List<String> ids = new ArrayList<>();
        SpanData current = span;
        while (current != null && current.getParentSpanContext().isValid()) {
            ids.add(current.getParentSpanId());
            current = byId.get(current.getParentSpanId());
        }
        return ids;
    }

    private KafkaConsumer<String, CloudEvent> fromTheEndOf(String topic) {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(ConsumerConfig.GROUP_ID_CONFIG, "trace-test-" + UUID.randomUUID());
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, CloudEventDeserializer.class.getName());
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        KafkaConsumer<String, CloudEvent> consumer = new KafkaConsumer<>(props);
        // the relay creates the topic as it starts
        List<TopicPartition> partitions = Awaitility.await().atMost(Duration.ofSeconds(30))
                .until(() -> consumer.listTopics(Duration.ofSeconds(5)).getOrDefault(topic, List.of()).stream()
                        .map(p -> new TopicPartition(topic, p.partition())).toList(), found -> !found.isEmpty());
        consumer.assign(partitions);
        consumer.seekToEnd(partitions);
        partitions.forEach(consumer::position);
        return consumer;
    }

    private static String hex(int bytes) {
        byte[] random = new byte[bytes];
        ThreadLocalRandom.current().nextBytes(random);
        return HexFormat.of().formatHex(random);
    }
}

package kz.gov.rehab.commons.events.relay;

import io.cloudevents.CloudEvent;
import io.cloudevents.core.message.Encoding;
import io.cloudevents.jackson.JsonFormat;
import io.cloudevents.kafka.CloudEventSerializer;
import io.smallrye.common.annotation.Identifier;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import kz.gov.rehab.commons.events.EventsConfig;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * The relay's Kafka side: an idempotent producer ({@code acks=all}) that writes structured-mode
 * JSON CloudEvents, and the topic creation. The producer is made lazily and thrown away after a
 * failure, so a broker outage never leaves a half-broken producer behind.
 */
@ApplicationScoped
public class EventProducer {

    private static final Logger LOG = Logger.getLogger(EventProducer.class);

    private final Map<String, Object> kafkaConfig;
    private final EventsConfig config;
    private final String clientId;
    private final Set<String> topicsReady = ConcurrentHashMap.newKeySet();
    private Producer<String, CloudEvent> producer;

    EventProducer(@Identifier("default-kafka-broker") Map<String, Object> kafkaConfig, EventsConfig config,
            @ConfigProperty(name = "quarkus.application.name", defaultValue = "rehab") String applicationName) {
        this.kafkaConfig = kafkaConfig;
        this.config = config;
        this.clientId = applicationName + "-outbox-relay";
    }

    Map<String, Object> producerProperties() {
        Map<String, Object> props = new HashMap<>();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafkaConfig.getOrDefault("bootstrap.servers", "127.0.0.1:9092"));
        // Security and other client settings a deployment gives under kafka.* apply too.
        kafkaConfig.forEach((key, value) -> {
            if (key.startsWith("security.") || key.startsWith("ssl.") || key.startsWith("sasl.")) {
                props.put(key, value);
            }
        });
        props.put(ProducerConfig.CLIENT_ID_CONFIG, clientId);
        props.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 10_000);
        props.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 30_000);
        props.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 10_000);
        props.put(ProducerConfig.LINGER_MS_CONFIG, 5);
        props.put(ProducerConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG, 2_000);
        props.putAll(config.relay().producer());
        // Never weakened by configuration: no duplicates from retries, no loss on a leader change,
        // order kept per partition (at most 5 in flight with idempotence).
        props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5);
        props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, CloudEventSerializer.class.getName());
        props.put(CloudEventSerializer.ENCODING_CONFIG, Encoding.STRUCTURED.name());
        props.put(CloudEventSerializer.EVENT_FORMAT_CONFIG, JsonFormat.CONTENT_TYPE);
        return props;
    }

    synchronized Producer<String, CloudEvent> producer() {
        if (producer == null) {
            producer = new KafkaProducer<>(producerProperties());
        }
        return producer;
    }

    /** Closes the producer after a failed round; the next round makes a fresh one. */
    synchronized void reset() {
        if (producer != null) {
            try {
                producer.close(Duration.ZERO);
            } catch (RuntimeException e) {
                LOG.debugf(e, "closing the failed producer");
            }
            producer = null;
        }
    }

    /**
     * Creates the topics that do not exist yet (once per topic and process); a no-op when
     * {@code rehab.events.topics.create=false}. Throws when the broker cannot be reached.
     */
    void ensureTopics(Collection<String> topics) throws InterruptedException, ExecutionException, TimeoutException {
        if (!config.topics().create()) {
            return;
        }
        List<String> missing = topics.stream().distinct().filter(topic -> !topicsReady.contains(topic)).toList();
        if (missing.isEmpty()) {
            return;
        }
        Map<String, Object> producerProps = producerProperties();
        Map<String, Object> props = new HashMap<>(producerProps);
        props.keySet().retainAll(AdminClientConfig.configNames());
        props.put(AdminClientConfig.CLIENT_ID_CONFIG, clientId + "-admin");
        // Give up as soon as the producer would: an unreachable broker must not hold the relay.
        long timeoutMs = Long.parseLong(String.valueOf(producerProps.get(ProducerConfig.MAX_BLOCK_MS_CONFIG)));
        props.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) timeoutMs);
        props.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) timeoutMs);
        Admin admin = Admin.create(props);
        try {
            Set<String> existing = admin.listTopics().names().get(timeoutMs, TimeUnit.MILLISECONDS);
            List<NewTopic> create = missing.stream().filter(topic -> !existing.contains(topic))
                    .map(topic -> new NewTopic(topic, config.topics().partitions(), config.topics().replicationFactor()))
                    .toList();
            if (!create.isEmpty()) {
                try {
                    admin.createTopics(create).all().get(timeoutMs, TimeUnit.MILLISECONDS);
                    LOG.infof("created Kafka topics %s", create.stream().map(NewTopic::name).toList());
                } catch (ExecutionException e) {
                    if (!(e.getCause() instanceof TopicExistsException)) {
                        throw e;
                    }
                }
            }
        } finally {
            admin.close(Duration.ZERO);
        }
        topicsReady.addAll(missing);
    }

    @PreDestroy
    synchronized void close() {
        if (producer != null) {
            producer.close(Duration.ofSeconds(5));
            producer = null;
        }
    }
}

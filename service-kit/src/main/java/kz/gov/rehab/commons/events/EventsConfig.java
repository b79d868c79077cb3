package kz.gov.rehab.commons.events;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Map;

/**
 * Status-event settings of one service ({@code rehab.events.*}). Each service sets at least
 * {@code source}, {@code service-code}, {@code service-name}, {@code topic} and {@code type-prefix}
 * in its application.properties; the defaults derive them from {@code quarkus.application.name}.
 * The Kafka address is the usual {@code kafka.bootstrap.servers}.
 */
@ConfigMapping(prefix = "rehab.events")
public interface EventsConfig {

    /** CloudEvents {@code source} (a URI reference) of this service's events. */
    @WithDefault("/kz/gov/rehab/${quarkus.application.name}")
    String source();

    /** The public service's code in the monitoring system. */
    @WithDefault("${quarkus.application.name}")
    String serviceCode();

    /** The public service's name as the monitoring system shows it. */
    @WithDefault("${quarkus.application.name}")
    String serviceName();

    /** Kafka topic of this service's status events. */
    @WithDefault("rehab.${quarkus.application.name}.status")
    String topic();

    /** Prefix of every CloudEvent type: {@code <prefix>.<event type>}, e.g. {@code kz.gov.rehab-certificate}. */
    @WithDefault("kz.gov.rehab-${quarkus.application.name}")
    String typePrefix();

    /**
     * Where the JSON Schemas of the events' data are published: every CloudEvent's
     * {@code dataschema} is {@code <this>/<type>.json}. The gateway serves them
     * ({@code /api/v1/events/schemas/}); by default at the gateway's public address, the one the
     * paper documents print ({@code DOCUMENTS_VERIFICATION_BASE_URL}).
     */
    @WithDefault("${documents.verification-base-url:http://127.0.0.1:8080}/api/v1/events/schemas")
    String schemaBaseUrl();

    /** How long published outbox rows are kept before they are purged. */
    @WithDefault("P7D")
    Duration retention();

    /** How often published rows older than {@link #retention()} are purged ({@code off} to disable). */
    @WithDefault("1h")
    String purgeEvery();

    Relay relay();

    Topics topics();

    DeadlineWatch deadlineWatch();

    interface Relay {
        /** Whether this instance publishes pending outbox rows (several instances may; they share the work). */
        @WithDefault("true")
        boolean enabled();

        /** At most this many applications' next events are published per round. */
        @WithDefault("100")
        int batchSize();

        /** How often the relay looks for rows written by other instances (its own commits wake it at once). */
        @WithDefault("1s")
        Duration pollInterval();

        /** Back-off after the first failed attempt to publish a row; doubles per failed attempt … */
        @WithDefault("1s")
        Duration backoffInitial();

        /** … up to this. */
        @WithDefault("30s")
        Duration backoffMax();

        /**
         * How long a round keeps the rows it publishes from other instances (at least the
         * producer's {@code delivery.timeout.ms} and 10 s). Rows of an instance that died are taken
         * again when it runs out.
         */
        @WithDefault("60s")
        Duration lease();

        /**
         * Kafka producer properties over the relay's own (idempotent, {@code acks=all}, timeouts),
         * e.g. {@code rehab.events.relay.producer."delivery.timeout.ms"=10000}.
         * {@code enable.idempotence} and {@code acks} cannot be weakened.
         */
        Map<String, String> producer();
    }

    interface Topics {
        /** Create the topic at start (AdminClient) when it does not exist. */
        @WithDefault("true")
        boolean create();

        @WithDefault("3")
        int partitions();

        /** 1 for the local single broker; 3 on a production cluster. */
        @WithDefault("1")
        short replicationFactor();
    }

    interface DeadlineWatch {
        /** How often due deadlines are checked ({@code off} to disable on this instance). */
        @WithDefault("30s")
        String every();

        /** At most this many due deadlines are handled per run. */
        @WithDefault("200")
        int batchSize();
    }
}

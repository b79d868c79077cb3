package kz.gov.rehab.commons.events.relay;

import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import kz.gov.rehab.commons.events.outbox.OutboxRow;
import kz.gov.rehab.commons.tracing.TraceContext;

/** Turns an outbox row into the CloudEvent 1.0 the monitoring system receives (envelope in docs/events.md). */
public final class CloudEvents {

    /** Extension attribute carrying the X-Request-Id of the request that caused the event. */
    public static final String REQUEST_ID_EXTENSION = "requestid";
    /** Distributed-tracing extension: the W3C trace context of the publish, which a consumer continues. */
    public static final String TRACEPARENT_EXTENSION = "traceparent";
    public static final String TRACESTATE_EXTENSION = "tracestate";

    private CloudEvents() {
    }

    /**
     * The event with {@code trace} (the relay's publish span) in its distributed-tracing attributes, if
     * any.
     *
     * @param schemaBaseUrl where the schemas of the events' data are published
     *                      ({@code rehab.events.schema-base-url}): {@code dataschema} = {@code <it>/<type>.json}
     */
    public static CloudEvent of(OutboxRow row, String schemaBaseUrl, TraceContext trace) {
        CloudEventBuilder builder = CloudEventBuilder.v1()
                .withId(row.id().toString())
                .withSource(URI.create(row.source()))
                .withType(row.type())
                .withSubject(row.applicationNumber())
                .withTime(row.occurredAt().atOffset(ZoneOffset.UTC))
                .withDataSchema(URI.create(schemaBaseUrl.replaceAll("/+$", "") + "/" + row.type() + ".json"))
                .withData("application/json", row.dataJson().getBytes(StandardCharsets.UTF_8));
        if (row.requestId() != null) {
            builder.withExtension(REQUEST_ID_EXTENSION, row.requestId());
        }
        if (trace != null) {
            builder.withExtension(TRACEPARENT_EXTENSION, trace.traceparent());
            if (trace.tracestate() != null && !trace.tracestate().isEmpty()) {
                builder.withExtension(TRACESTATE_EXTENSION, trace.tracestate());
            }
        }
        return builder.build();
    }
}

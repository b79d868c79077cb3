package kz.gov.rehab.commons.events.relay;

import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import kz.gov.rehab.commons.events.outbox.OutboxRow;

/** Turns an outbox row into the CloudEvent 1.0 the monitoring system receives (envelope in docs/events.md). */
public final class CloudEvents {

    /** Extension attribute carrying the X-Request-Id of the request that caused the event. */
    public static final String REQUEST_ID_EXTENSION = "requestid";

    private CloudEvents() {
    }

    /**
     * @param schemaBaseUrl where the schemas of the events' data are published
     *                      ({@code rehab.events.schema-base-url}): {@code dataschema} = {@code <it>/<type>.json}
     */
    public static CloudEvent of(OutboxRow row, String schemaBaseUrl) {
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
        return builder.build();
    }
}

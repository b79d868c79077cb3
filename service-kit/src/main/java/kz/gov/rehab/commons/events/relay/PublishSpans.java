package kz.gov.rehab.commons.events.relay;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanBuilder;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Context;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import kz.gov.rehab.commons.events.outbox.OutboxRow;
import kz.gov.rehab.commons.tracing.TraceContext;

/**
 * The relay's publish of one event as a span ({@code publish <topic>}, a producer span): a child of
 * the request that recorded the event (its trace context is stored with the outbox row), or a trace
 * of its own for an event no traced request recorded. The CloudEvent carries this span's context
 * on ({@code traceparent}), so that a consumer's work continues the same trace.
 */
@ApplicationScoped
class PublishSpans {

    private final Tracer tracer;

    PublishSpans(Tracer tracer) {
        this.tracer = tracer;
    }

    Span start(OutboxRow row) {
        SpanBuilder builder = tracer.spanBuilder("publish " + row.topic())
                .setSpanKind(SpanKind.PRODUCER)
                .setAttribute("messaging.system", "kafka")
                .setAttribute("messaging.operation.type", "publish")
                .setAttribute("messaging.destination.name", row.topic())
                .setAttribute("messaging.message.id", row.id().toString())
                .setAttribute("messaging.kafka.message.key", row.applicationId().toString())
                .setAttribute("cloudevents.event_type", row.type());
        TraceContext.parentOf(row.traceparent(), row.tracestate())
                .ifPresentOrElse(parent -> builder.setParent(Context.root().with(Span.wrap(parent))), builder::setNoParent);
        return builder.startSpan();
    }

    /** What the CloudEvent carries: the publish span's context, or the stored one if the span is not recorded. */
    static TraceContext carried(Span publish, OutboxRow row) {
        Optional<TraceContext> own = TraceContext.of(Context.root().with(publish));
        return own.orElse(row.traceparent() == null ? null : new TraceContext(row.traceparent(), row.tracestate()));
    }

    static void published(Span publish) {
        publish.end();
    }

    static void failed(Span publish, Throwable error) {
        publish.recordException(error);
        publish.setStatus(StatusCode.ERROR, "not published: " + error.getClass().getSimpleName());
        publish.end();
    }
}

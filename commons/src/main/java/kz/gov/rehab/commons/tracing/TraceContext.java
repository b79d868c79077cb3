package kz.gov.rehab.commons.tracing;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.propagation.TextMapGetter;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A W3C trace context ({@code traceparent}, optional {@code tracestate}) as text: what an outbox row
 * keeps of the request that recorded it, and what a CloudEvent carries (distributed-tracing
 * extension), so that the relay's publish and a consumer continue that request's trace.
 */
public record TraceContext(String traceparent, String tracestate) {

    private static final W3CTraceContextPropagator W3C = W3CTraceContextPropagator.getInstance();
    private static final TextMapGetter<Map<String, String>> MAP = new TextMapGetter<>() {
        @Override
        public Iterable<String> keys(Map<String, String> carrier) {
            return carrier.keySet();
        }

        @Override
        public String get(Map<String, String> carrier, String key) {
            return carrier == null ? null : carrier.get(key);
        }
    };

    /** The context of the span current on this thread, if one is valid (a request or job being traced). */
    public static Optional<TraceContext> current() {
        return of(Context.current());
    }

    /**
     * The context of {@code context}'s span, if it is valid; its flags say whether the trace is kept
     * (sampled), so that whoever continues it decides the same.
     */
    public static Optional<TraceContext> of(Context context) {
        SpanContext span = Span.fromContext(context).getSpanContext();
        if (!span.isValid()) {
            return Optional.empty();
        }
        Map<String, String> carrier = new HashMap<>();
        W3C.inject(context, carrier, Map::put);
        String traceparent = carrier.get("traceparent");
        return traceparent == null ? Optional.empty() : Optional.of(new TraceContext(traceparent, carrier.get("tracestate")));
    }

    /** The stored context, when there is one, as the remote parent of a new span. */
    public static Optional<SpanContext> parentOf(String traceparent, String tracestate) {
        if (traceparent == null) {
            return Optional.empty();
        }
        Map<String, String> carrier = new HashMap<>();
        carrier.put("traceparent", traceparent);
        if (tracestate != null) {
            carrier.put("tracestate", tracestate);
        }
        SpanContext parent = Span.fromContext(W3C.extract(Context.root(), carrier, MAP)).getSpanContext();
        return parent.isValid() ? Optional.of(parent) : Optional.empty();
    }
}

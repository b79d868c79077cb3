package kz.gov.rehab.commons.tracing;

import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.context.Context;
import io.opentelemetry.sdk.trace.data.LinkData;
import io.opentelemetry.sdk.trace.samplers.Sampler;
import io.opentelemetry.sdk.trace.samplers.SamplingResult;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Parent-based sampling (a span is sampled when its parent is; a new trace with the ratio
 * {@code quarkus.otel.traces.sampler.arg}, default 1: always), except that a
 * database statement outside any trace is not traced: the outbox relay, the deadline watch and the
 * gauges poll the database every few seconds, and each poll would otherwise be a trace of its own.
 * Their real work is traced: an event's publish continues the trace of the request that recorded it.
 *
 * <p>Where spans are not exported ({@link SpanExport}), a new trace is not sampled: its spans are
 * not recorded (nothing to build, mask and drop), yet they have their trace and span ids, which the
 * log lines carry and {@code traceparent} passes on (with the flag "not sampled") to the services,
 * the registries and the events. A caller's sampled trace is still followed.
 */
@Singleton
public class DatabaseSpansOnlyInATrace implements Sampler {

    private static final AttributeKey<String> DB_SYSTEM = AttributeKey.stringKey("db.system");
    private static final AttributeKey<String> DB_SYSTEM_NAME = AttributeKey.stringKey("db.system.name");
    private final Sampler parentBased;

    DatabaseSpansOnlyInATrace(@ConfigProperty(name = "quarkus.otel.traces.sampler.arg") Optional<Double> newTraceRatio,
            SpanExport export) {
        Sampler newTraces = export.exported()
                ? newTraceRatio.map(Sampler::traceIdRatioBased).orElse(Sampler.alwaysOn())
                : Sampler.alwaysOff();
        this.parentBased = Sampler.parentBased(newTraces);
    }

    @Override
    public SamplingResult shouldSample(Context parentContext, String traceId, String name, SpanKind spanKind,
            Attributes attributes, List<LinkData> parentLinks) {
        boolean outsideAnyTrace = !Span.fromContext(parentContext).getSpanContext().isValid();
        if (outsideAnyTrace && spanKind == SpanKind.CLIENT
                && (attributes.get(DB_SYSTEM) != null || attributes.get(DB_SYSTEM_NAME) != null)) {
            return SamplingResult.drop();
        }
        return parentBased.shouldSample(parentContext, traceId, name, spanKind, attributes, parentLinks);
    }

    @Override
    public String getDescription() {
        return "DatabaseSpansOnlyInATrace{" + parentBased.getDescription() + "}";
    }
}

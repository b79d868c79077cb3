package kz.gov.rehab.commons.tracing;

import io.opentelemetry.sdk.common.CompletableResultCode;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SpanExporter;
import io.quarkus.arc.lookup.LookupIfProperty;
import jakarta.inject.Singleton;
import java.util.Collection;

/**
 * Spans go nowhere unless an OTLP endpoint is configured ({@code QUARKUS_OTEL_EXPORTER_OTLP_ENDPOINT}
 * or {@code OTEL_EXPORTER_OTLP_ENDPOINT}; docs/operations.md). Tracing itself stays on: trace and
 * span ids are in every log line, {@code traceparent} travels to the services, the registries and
 * in the events. Without an endpoint, Quarkus's OTLP exporter would send to localhost:4317; this
 * exporter, present only while no endpoint is set, takes its place and drops the spans.
 */
@Singleton
@LookupIfProperty(name = TracesNotExported.OTLP_ENDPOINT, stringValue = "", lookupIfMissing = true)
@LookupIfProperty(name = TracesNotExported.OTLP_TRACES_ENDPOINT, stringValue = "", lookupIfMissing = true)
public class TracesNotExported implements SpanExporter {

    /** The two settings that send spans to a collector: either one set, and this exporter steps aside. */
    static final String OTLP_ENDPOINT = "quarkus.otel.exporter.otlp.endpoint";
    static final String OTLP_TRACES_ENDPOINT = "quarkus.otel.exporter.otlp.traces.endpoint";

    @Override
    public CompletableResultCode export(Collection<SpanData> spans) {
        return CompletableResultCode.ofSuccess();
    }

    @Override
    public CompletableResultCode flush() {
        return CompletableResultCode.ofSuccess();
    }

    @Override
    public CompletableResultCode shutdown() {
        return CompletableResultCode.ofSuccess();
    }
}

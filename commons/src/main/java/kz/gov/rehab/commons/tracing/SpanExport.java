package kz.gov.rehab.commons.tracing;

import io.opentelemetry.sdk.trace.export.SpanExporter;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Singleton;

/**
 * Whether the spans of this application go anywhere: to the OTLP collector when an endpoint is set
 * (then no exporter bean is present and Quarkus's own OTLP exporter is used), to an exporter bean of
 * the application (the tests' in-memory one), or nowhere when the only exporter is
 * {@link TracesNotExported}. Where they go nowhere, a span need not be recorded at all
 * ({@link DatabaseSpansOnlyInATrace}): its trace and span ids are made all the same.
 */
@Singleton
public class SpanExport {

    private final boolean exported;

    SpanExport(@Any Instance<SpanExporter> exporters) {
        boolean any = false;
        boolean somewhere = false;
        for (SpanExporter exporter : exporters) {
            any = true;
            somewhere |= !(exporter instanceof TracesNotExported);
        }
        this.exported = !any || somewhere;
    }

    /** Whether recorded spans are exported. */
    public boolean exported() {
        return exported;
    }
}

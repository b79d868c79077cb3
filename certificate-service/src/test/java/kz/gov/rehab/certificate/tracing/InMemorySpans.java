package kz.gov.rehab.certificate.tracing;

import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/**
 * The spans of the tests, kept in memory (the pattern of the Quarkus OpenTelemetry guide): a
 * {@code SpanExporter} bean, which the OpenTelemetry SDK is built with instead of the OTLP exporter.
 */
public class InMemorySpans {

    @Produces
    @Singleton
    InMemorySpanExporter spanExporter() {
        return InMemorySpanExporter.create();
    }
}

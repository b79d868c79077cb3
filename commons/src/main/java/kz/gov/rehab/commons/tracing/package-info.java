/**
 * Traces (OpenTelemetry, docs/operations.md): the trace context an outbox row keeps so that the
 * relay's publish continues the request that recorded it, IINs masked in spans, and no export
 * unless an OTLP endpoint is configured.
 */
package kz.gov.rehab.commons.tracing;

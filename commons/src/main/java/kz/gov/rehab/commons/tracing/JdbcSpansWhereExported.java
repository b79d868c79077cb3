package kz.gov.rehab.commons.tracing;

import io.smallrye.config.ConfigSourceInterceptor;
import io.smallrye.config.ConfigSourceInterceptorContext;
import io.smallrye.config.ConfigValue;
import io.smallrye.config.Priorities;
import jakarta.annotation.Priority;

/**
 * JDBC statements are traced only where spans are exported: unless
 * {@value #JDBC_SPANS} is set, it is {@code true} when an OTLP endpoint is configured
 * ({@value TracesNotExported#OTLP_ENDPOINT} or {@value TracesNotExported#OTLP_TRACES_ENDPOINT}, the two that also decide whether
 * {@link TracesNotExported} takes the exporter's place) and {@code false} otherwise.
 *
 * <p>Without an exporter no JDBC span is recorded anyway ({@link DatabaseSpansOnlyInATrace}), yet the
 * OpenTelemetry JDBC wrapper still sanitised every statement, built its attributes and asked the
 * sampler: 7.5 % of the certificate service's CPU and 5 % of the gateway's on the submit path
 * (flight recording of 2026-12-02, docs/benchmarks.md). The tests that read the spans of a
 * submission set {@value #JDBC_SPANS} themselves.
 */
@Priority(Priorities.APPLICATION)
public class JdbcSpansWhereExported implements ConfigSourceInterceptor {

    static final String JDBC_SPANS = "quarkus.datasource.jdbc.telemetry.enabled";

    @Override
    public ConfigValue getValue(ConfigSourceInterceptorContext context, String name) {
        ConfigValue value = context.proceed(name);
        if (value != null || !JDBC_SPANS.equals(name)) {
            return value;
        }
        boolean exported = isSet(context.proceed(TracesNotExported.OTLP_ENDPOINT))
                || isSet(context.proceed(TracesNotExported.OTLP_TRACES_ENDPOINT));
        return ConfigValue.builder()
                .withName(name)
                .withValue(Boolean.toString(exported))
                .withConfigSourceName(getClass().getSimpleName())
                .build();
    }

    private static boolean isSet(ConfigValue endpoint) {
        return endpoint != null && endpoint.getValue() != null && !endpoint.getValue().isBlank();
    }
}

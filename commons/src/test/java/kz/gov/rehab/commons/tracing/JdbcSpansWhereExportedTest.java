package kz.gov.rehab.commons.tracing;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** JDBC statements are traced where an OTLP endpoint is set, unless the setting says otherwise. */
class JdbcSpansWhereExportedTest {

    @Test
    void notTracedWithoutAnEndpoint() {
        assertFalse(jdbcSpans(Map.of()));
        assertFalse(jdbcSpans(Map.of(TracesNotExported.OTLP_ENDPOINT, "")));
    }

    @Test
    void tracedWithAnEndpoint() {
        assertTrue(jdbcSpans(Map.of(TracesNotExported.OTLP_ENDPOINT, "http://otel-collector:4317")));
        assertTrue(jdbcSpans(Map.of(TracesNotExported.OTLP_TRACES_ENDPOINT, "http://otel-collector:4317")));
    }

    @Test
    void theEndpointCountsAsItIsResolved() {
        String fromVariable = "${COLLECTOR_OF_THIS_TEST:}";
        assertFalse(jdbcSpans(Map.of(TracesNotExported.OTLP_ENDPOINT, fromVariable)));
        assertTrue(jdbcSpans(Map.of(TracesNotExported.OTLP_ENDPOINT, fromVariable,
                "COLLECTOR_OF_THIS_TEST", "http://otel-collector:4318")));
    }

    @Test
    void anExplicitSettingWins() {
        assertTrue(jdbcSpans(Map.of(JdbcSpansWhereExported.JDBC_SPANS, "true")));
        assertFalse(jdbcSpans(Map.of(JdbcSpansWhereExported.JDBC_SPANS, "false",
                TracesNotExported.OTLP_ENDPOINT, "http://otel-collector:4317")));
    }

    private static boolean jdbcSpans(Map<String, String> properties) {
        SmallRyeConfig config = new SmallRyeConfigBuilder()
                .addDefaultInterceptors()
                .addDiscoveredInterceptors()
                .withSources(new PropertiesConfigSource(properties, "this test", 100))
                .build();
        return config.getValue(JdbcSpansWhereExported.JDBC_SPANS, Boolean.class);
    }
}

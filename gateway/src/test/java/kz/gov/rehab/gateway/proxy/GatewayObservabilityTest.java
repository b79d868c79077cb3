package kz.gov.rehab.gateway.proxy;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * What an operator sees of the proxied requests (issue 17, docs/operations.md): one trace from the
 * caller through the gateway to the service, and metric labels that stay bounded however many
 * distinct ids pass.
 */
@QuarkusTest
class GatewayObservabilityTest {

    private static final String STATE_CORPORATION = "dev-key-state-corporation";
    private static final Pattern TRACEPARENT = Pattern.compile("00-([0-9a-f]{32})-([0-9a-f]{16})-0[01]");
    private static final Pattern CERTIFICATE_SERIES = Pattern.compile(
            "^http_server_requests_seconds_count\\{[^}]*uri=\"(/api/v1/certificates[^\"]*)\"[^}]*}", Pattern.MULTILINE);

    @Test
    void theServiceContinuesTheCallersTraceUnderTheGatewaysSpan() {
        String traceId = "4bf92f3577b34da6a3ce929d0e0e4736";
        String callerSpanId = "00f067aa0ba902b7";
        String received = given().header("X-Api-Key", STATE_CORPORATION)
                .header("traceparent", "00-" + traceId + "-" + callerSpanId + "-01")
                .get("/api/v1/certificates/applications")
                .then().statusCode(200).extract().path("headers.traceparent");
        Matcher forwarded = TRACEPARENT.matcher(received);
        assertThat(forwarded.matches()).as(received).isTrue();
        assertThat(forwarded.group(1)).as("same trace").isEqualTo(traceId);
        assertThat(forwarded.group(2)).as("the gateway's own span is the service's parent").isNotEqualTo(callerSpanId);
        assertThat(received).as("the caller's decision to sample is followed").endsWith("-01");
    }

    @Test
    void aCallerWithoutTraceContextStartsATraceAtTheGateway() {
        String received = given().header("X-Api-Key", STATE_CORPORATION)
                .get("/api/v1/certificates/applications")
                .then().statusCode(200).extract().path("headers.traceparent");
        assertThat(received).matches(TRACEPARENT);
        // the tests set no OTLP endpoint: nothing would see the spans, so the new trace is not sampled
        assertThat(received).as("a new trace where spans are not exported").endsWith("-00");
    }

    @Test
    void metricLabelsAreRouteTemplatesSoTheNumberOfSeriesStaysBounded() {
        requestsWithNewIds(1);
        Set<String> before = certificateSeries();
        requestsWithNewIds(2);
        Set<String> after = certificateSeries();

        assertThat(after).as("more distinct ids, no more series").isEqualTo(before);
        assertThat(after).as("no raw id in a label").noneMatch(uri -> uri.matches(".*[0-9a-f]{8}-[0-9a-f]{4}.*")
                || uri.matches(".*\\d{3,}.*"));
        assertThat(after).contains("/api/v1/certificates/applications/{id}", "/api/v1/certificates/applications/{id}/documents",
                "/api/v1/certificates/applications/{id}/receipt", "/api/v1/certificates/**");
        assertThat(given().get("/q/metrics").then().extract().asString()).as("latency histogram per route template")
                .containsPattern("http_server_requests_seconds_bucket\\{[^}]*uri=\"/api/v1/certificates/applications/\\{id}\"[^}]*le=\"0\\.1\"");
    }

    /** Requests with ids never seen before: applications by UUID and number, and paths without a key. */
    private static void requestsWithNewIds(int round) {
        for (int i = 0; i < 8; i++) {
            String id = UUID.randomUUID().toString();
            given().header("X-Api-Key", STATE_CORPORATION).get("/api/v1/certificates/applications/" + id)
                    .then().statusCode(200);
            given().header("X-Api-Key", STATE_CORPORATION).get("/api/v1/certificates/applications/" + id + "/documents")
                    .then().statusCode(200);
            given().header("X-Api-Key", STATE_CORPORATION)
                    .get("/api/v1/certificates/applications/CRT-2026-%06d/receipt".formatted(round * 100 + i)).then().statusCode(200);
            // without a key, whatever the path: counted under the route alone
            given().get("/api/v1/certificates/" + id.replace("-", "") + "/anything-" + "abcdefgh".charAt(i) + round)
                    .then().statusCode(401);
        }
    }

    private static Set<String> certificateSeries() {
        String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
        return CERTIFICATE_SERIES.matcher(metrics).results().map(m -> m.group(1)).collect(Collectors.toSet());
    }

    @Test
    void aTemplateKeepsTheWordsOfThePathAndHidesEverythingElse() {
        assertThat(RouteTemplates.of("/api/v1/compensations", "/api/v1/compensations/applications/KMP-2026-000001/decision"))
                .isEqualTo("/api/v1/compensations/applications/{id}/decision");
        assertThat(RouteTemplates.of("/api/v1/compensations", "/api/v1/compensations/persons/330707399060"))
                .isEqualTo("/api/v1/compensations/persons/{id}");
        assertThat(RouteTemplates.of("/api/v1/compensations", "/api/v1/compensations/a/b/c/d/e/f/g/h"))
                .isEqualTo("/api/v1/compensations/a/b/c/d/e/f/**");
        assertThat(RouteTemplates.of("/api/v1/compensations", "/api/v1/compensations")).isEqualTo("/api/v1/compensations");
    }
}

package kz.gov.rehab.e2e.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import kz.gov.rehab.e2e.Gateway;

/**
 * The OpenAPI documents of the two services as callers get them, through the gateway
 * ({@code /openapi/<route>.json}), and the development key a calling system of each role uses
 * (docs/gateway.md: every development key is {@code dev-key-<system id>}).
 */
final class ServiceDocuments {

    /** Route name → the document's address at the gateway. */
    static final List<String> ROUTES = List.of("certificates", "compensations");

    /** The system whose development key calls an operation that admits this role. */
    static final Map<String, String> SYSTEM_OF_ROLE = Map.ofEntries(
            Map.entry("state-corporation", "state-corporation"),
            Map.entry("akimat", "akimat-astana"),
            Map.entry("contact-centre", "contact-centre"),
            Map.entry("certificate-register-operator", "certificate-register-operator"),
            Map.entry("compensation-officer", "compensation-officer"),
            Map.entry("payment-operator", "payment-operator"),
            Map.entry("quality-authority", "quality-authority"),
            Map.entry("monitoring", "monitoring"),
            Map.entry("egov-portal", "egov-portal"),
            Map.entry("auditor", "auditor"),
            Map.entry("calendar-operator", "calendar-operator"),
            Map.entry("rules-operator", "rules-operator"),
            Map.entry("service-information-editor", "service-information-editor"),
            Map.entry("ministry-report-submitter", "labour-resources-centre"));

    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    static final ObjectMapper JSON = new ObjectMapper();

    private ServiceDocuments() {
    }

    static JsonNode fetch(String route) throws IOException, InterruptedException {
        HttpResponse<String> answer = HTTP.send(HttpRequest.newBuilder(URI.create(Gateway.URL + "/openapi/" + route + ".json"))
                .header("Accept", "application/json").timeout(Duration.ofSeconds(30)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() != 200) {
            throw new IllegalStateException("/openapi/" + route + ".json answered " + answer.statusCode() + ": " + answer.body());
        }
        return JSON.readTree(answer.body());
    }

    static String key(String system) {
        return "dev-key-" + system;
    }
}

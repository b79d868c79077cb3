package kz.gov.rehab.e2e.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The committed copies of the OpenAPI documents (docs/openapi/, from which the e2e-tests module
 * generates its client) are what the gateway serves, and the contract every operation shares holds
 * in them: the error answers carry the {@code ProblemDetails} schema, the gateway's own answers and
 * the request id are documented, and no value type that travels as a string is described as an
 * object. With {@code -Dopenapi.update=true} the test writes the served documents over the copies.
 */
class OpenApiDocumentsIT {

    private static final List<String> GATEWAY_ANSWERS = List.of("401", "403", "429", "502", "503", "504");

    @ParameterizedTest
    @ValueSource(strings = {"certificates", "compensations"})
    void theCommittedCopyIsWhatTheGatewayServes(String route) throws Exception {
        JsonNode served = ServiceDocuments.fetch(route);
        Path copy = Path.of(System.getProperty("user.dir")).resolveSibling("docs").resolve("openapi").resolve(route + ".json");
        if (Boolean.getBoolean("openapi.update")) {
            Files.writeString(copy, ServiceDocuments.JSON.writerWithDefaultPrettyPrinter().writeValueAsString(served) + "\n");
        }
        assertThat(ServiceDocuments.JSON.readTree(copy.toFile()))
                .as("%s is what the gateway serves at /openapi/%s.json (refresh: docs/openapi.md)", copy, route)
                .isEqualTo(served);
    }

    @ParameterizedTest
    @ValueSource(strings = {"certificates", "compensations"})
    void everyOperationHasTheCommonContract(String route) throws Exception {
        JsonNode document = ServiceDocuments.fetch(route);
        List<String> wrong = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = document.path("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (Iterator<Map.Entry<String, JsonNode>> operations = path.getValue().fields(); operations.hasNext(); ) {
                Map.Entry<String, JsonNode> operation = operations.next();
                if (!List.of("get", "put", "post", "delete", "patch").contains(operation.getKey())) {
                    continue;
                }
                String where = operation.getKey().toUpperCase() + " " + path.getKey();
                JsonNode responses = operation.getValue().path("responses");
                GATEWAY_ANSWERS.stream().filter(status -> !responses.has(status))
                        .forEach(status -> wrong.add(where + ": no " + status));
                for (Iterator<Map.Entry<String, JsonNode>> answers = responses.fields(); answers.hasNext(); ) {
                    Map.Entry<String, JsonNode> answer = answers.next();
                    if (answer.getKey().startsWith("x-")) {
                        continue; // an extension, not an answer
                    }
                    if (!answer.getValue().path("headers").has("X-Request-Id")) {
                        wrong.add(where + " " + answer.getKey() + ": no X-Request-Id header");
                    }
                    if (answer.getKey().matches("[45]\\d\\d") && !answer.getValue().path("content").path("application/problem+json")
                            .path("schema").path("$ref").asText().equals("#/components/schemas/ProblemDetails")) {
                        wrong.add(where + " " + answer.getKey() + ": not a ProblemDetails body");
                    }
                }
                if (responses.has("429") && !responses.path("429").path("headers").has("Retry-After")) {
                    wrong.add(where + " 429: no Retry-After");
                }
                if (responses.has("401") && !responses.path("401").path("headers").has("WWW-Authenticate")) {
                    wrong.add(where + " 401: no WWW-Authenticate");
                }
            }
        }
        assertThat(wrong).as("operations of /openapi/%s.json without the common contract", route).isEmpty();
        JsonNode schemas = document.path("components").path("schemas");
        assertThat(schemas.path("ProblemDetails").path("properties").fieldNames())
                .toIterable().contains("type", "title", "status", "detail", "instance", "violations");
        for (String stringValue : List.of("Iin", "YearMonth", "LocalDate", "LocalDateTime", "OffsetDateTime", "UUID")) {
            if (schemas.has(stringValue)) {
                assertThat(schemas.path(stringValue).path("type").asText()).as(stringValue + " travels as a string").isEqualTo("string");
            }
        }
    }
}

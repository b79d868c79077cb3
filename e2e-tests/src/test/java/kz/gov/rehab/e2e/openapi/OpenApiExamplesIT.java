package kz.gov.rehab.e2e.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kz.gov.rehab.e2e.Gateway;
import kz.gov.rehab.e2e.compensation.CompensationGateway;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every example of both OpenAPI documents works through the gateway with the development keys and
 * the named fixtures (docs/openapi.md, "Examples"). Driven by the documents alone: an example added
 * later is executed too, and one that does not work fails the build.
 *
 * <p>The convention: an operation is executed once per request-body example, or once when only
 * its parameters have examples. A path parameter without an example is the resource that the
 * example of the collection's POST creates (the field of that answer named like the parameter).
 * The key is the development key of a system with one of the operation's roles (its security
 * scopes), or of the system named by the operation's {@code x-example-caller}, or the State
 * Corporation's when the operation names no role. The answer must have
 * the status the example declares in {@code x-expect}, else one of the operation's 2xx statuses;
 * either way a status the operation documents.
 */
class OpenApiExamplesIT {

    private static final Set<String> METHODS = Set.of("get", "post", "put", "patch", "delete");
    /** Admitted on both routes (docs/gateway.md): calls an operation that names no role. */
    private static final String DEFAULT_CALLER = "state-corporation";
    private static final int ATTEMPTS = 3;
    private static final Pattern PARAMETER = Pattern.compile("\\{([^}]+)}");

    private final Map<String, HttpResponse<String>> created = new HashMap<>();
    private final List<String> failures = new ArrayList<>();
    private final List<String> executed = new ArrayList<>();
    private JsonNode document;
    private List<Case> cases;

    /** One execution: an operation with one request example (or none, when only parameters have examples). */
    record Case(String method, String path, JsonNode operation, String mediaType, String exampleName, JsonNode example) {

        String name() {
            return method.toUpperCase() + " " + path + (exampleName == null ? "" : " [" + exampleName + "]");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"certificates", "compensations"})
    void everyExampleAnswersItsDocumentedStatus(String route) throws Exception {
        document = ServiceDocuments.fetch(route);
        cases = cases(document);
        assertThat(cases).as("examples of /openapi/%s.json", route).isNotEmpty();
        if (route.equals("compensations")) {
            // the examples are written for a fresh system: the persons they name have no compensation
            // from earlier tests of this run (a second one would be refused as already compensated)
            cases.stream().filter(c -> c.example() != null).forEach(c -> iins(c.example().path("value"), CompensationGateway::forget));
        }
        // resources first: a case whose path parameters all have examples before one that needs a created resource
        cases.sort(Comparator.comparingLong(c -> unresolved(c.path(), c.operation())));
        for (Case each : cases) {
            run(each);
        }
        assertThat(failures).as("examples of /openapi/%s.json that do not work (%d executed: %s)", route, executed.size(), executed)
                .isEmpty();
        assertThat(executed).as("the intake example is among those executed")
                .anyMatch(name -> name.startsWith("POST /api/v1/" + route + "/applications"));
    }

    private static List<Case> cases(JsonNode document) {
        List<Case> cases = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = document.path("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (Iterator<Map.Entry<String, JsonNode>> operations = path.getValue().fields(); operations.hasNext(); ) {
                Map.Entry<String, JsonNode> entry = operations.next();
                if (!METHODS.contains(entry.getKey())) {
                    continue;
                }
                JsonNode operation = entry.getValue();
                int before = cases.size();
                for (Iterator<Map.Entry<String, JsonNode>> contents = operation.path("requestBody").path("content").fields(); contents.hasNext(); ) {
                    Map.Entry<String, JsonNode> content = contents.next();
                    for (Iterator<Map.Entry<String, JsonNode>> examples = content.getValue().path("examples").fields(); examples.hasNext(); ) {
                        Map.Entry<String, JsonNode> example = examples.next();
                        cases.add(new Case(entry.getKey(), path.getKey(), operation, content.getKey(), example.getKey(), example.getValue()));
                    }
                }
                boolean parameterExamples = false;
                for (JsonNode parameter : operation.path("parameters")) {
                    parameterExamples |= example(parameter) != null;
                }
                if (cases.size() == before && parameterExamples && !operation.has("requestBody")) {
                    cases.add(new Case(entry.getKey(), path.getKey(), operation, null, null, null));
                }
            }
        }
        return cases;
    }

    private void run(Case each) throws Exception {
        if (created.containsKey(each.name())) {
            return; // already executed (or running) to create a resource another example needs
        }
        created.put(each.name(), null); // running: a cycle of x-example-after / x-example-from ends here
        HttpResponse<String> answer;
        try {
            runBefore(each);
            answer = execute(each);
        } catch (IllegalStateException cannot) {
            failures.add(each.name() + ": " + cannot.getMessage());
            return;
        }
        created.put(each.name(), answer);
        executed.add(each.name() + " -> " + answer.statusCode());
        Set<String> documented = new LinkedHashSet<>();
        each.operation().path("responses").fieldNames().forEachRemaining(documented::add);
        Set<String> expected = expected(each, documented);
        String status = String.valueOf(answer.statusCode());
        if (!expected.contains(status)) {
            failures.add(each.name() + ": expected " + expected + ", got " + status + " " + abbreviate(answer.body()));
        } else if (!documented.contains(status)) {
            failures.add(each.name() + ": " + status + " is not among the operation's documented answers " + documented);
        }
    }

    /** {@code x-example-after: "METHOD path"} of an example: the examples of that operation run first (the state it needs). */
    private void runBefore(Case each) throws Exception {
        JsonNode after = each.example() == null ? each.operation().path("x-example-after") : each.example().path("x-example-after");
        if (!after.isTextual()) {
            return;
        }
        String[] operation = after.asText().split(" ");
        List<Case> before = cases.stream().filter(c -> operation.length == 2 && c.method().equals(operation[0].toLowerCase())
                && c.path().equals(operation[1])).toList();
        if (before.isEmpty()) {
            throw new IllegalStateException("x-example-after \"" + after.asText() + "\" names no operation with examples");
        }
        for (Case first : before) {
            run(first);
        }
    }

    private static Set<String> expected(Case each, Set<String> documented) {
        Set<String> expected = new LinkedHashSet<>();
        JsonNode declared = each.example() == null ? each.operation().path("x-expect") : each.example().path("x-expect");
        if (!declared.isMissingNode() && !declared.isNull()) {
            for (String status : declared.asText().split("[ ,]+")) {
                expected.add(status.trim());
            }
            return expected;
        }
        documented.stream().filter(status -> status.startsWith("2")).forEach(expected::add);
        return expected;
    }

    private HttpResponse<String> execute(Case each) throws Exception {
        String path = resolvePath(each);
        StringBuilder query = new StringBuilder();
        HttpRequest.Builder request = HttpRequest.newBuilder().timeout(Duration.ofSeconds(60))
                .header("X-Request-Id", "openapi-example-" + UUID.randomUUID());
        for (JsonNode parameter : each.operation().path("parameters")) {
            String name = parameter.path("name").asText();
            String in = parameter.path("in").asText();
            JsonNode example = example(parameter);
            if ("query".equals(in)) {
                if (example != null) {
                    query.append(query.isEmpty() ? "?" : "&").append(encode(name)).append('=').append(encode(example.asText()));
                } else if (parameter.path("required").asBoolean()) {
                    throw new IllegalStateException("the required query parameter " + name + " has no example");
                }
            } else if ("header".equals(in)) {
                if ("Idempotency-Key".equalsIgnoreCase(name)) {
                    request.header(name, UUID.randomUUID().toString());
                } else if ("If-Match".equalsIgnoreCase(name)) {
                    if (parameter.path("required").asBoolean()) {
                        request.header(name, etag(each, path));
                    }
                } else if (example != null) {
                    request.header(name, example.asText());
                }
            }
        }
        String system = caller(each.operation());
        if (system != null) {
            request.header("X-Api-Key", ServiceDocuments.key(system));
        }
        if (each.example() != null) {
            request.header("Content-Type", each.mediaType())
                    .method(each.method().toUpperCase(), HttpRequest.BodyPublishers.ofString(body(each)));
        } else {
            request.method(each.method().toUpperCase(), HttpRequest.BodyPublishers.noBody());
        }
        request.uri(URI.create(Gateway.URL + path + query));
        return sendRetryingTransient(request.build());
    }

    /**
     * A 503 or 429 with {@code Retry-After} says "try again" (a registry slow to answer on a busy
     * machine): the same request (with its Idempotency-Key) is sent again, as the documents tell a
     * caller to, at most {@value #ATTEMPTS} times.
     */
    private static HttpResponse<String> sendRetryingTransient(HttpRequest request) throws Exception {
        HttpResponse<String> answer = ServiceDocuments.HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        for (int attempt = 1; attempt < ATTEMPTS && (answer.statusCode() == 503 || answer.statusCode() == 429)
                && answer.headers().firstValue("Retry-After").isPresent(); attempt++) {
            long seconds = Math.min(5, Long.parseLong(answer.headers().firstValue("Retry-After").get().trim()));
            Thread.sleep(Duration.ofSeconds(seconds).toMillis());
            answer = ServiceDocuments.HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        }
        return answer;
    }

    /**
     * The example's body, where {@code x-example-from} names for a top-level field the answer of
     * another example it takes its value from: {@code {"applicationNumber": "POST /api/v1/certificates/applications number"}}.
     */
    private String body(Case each) throws Exception {
        JsonNode value = each.example().path("value");
        JsonNode from = each.example().path("x-example-from");
        if (from.isTextual()) {
            from = ServiceDocuments.JSON.readTree(from.asText());
        }
        if (!from.isObject()) {
            return value.isTextual() ? value.asText() : ServiceDocuments.JSON.writeValueAsString(value);
        }
        JsonNode parsed = value.isTextual() ? ServiceDocuments.JSON.readTree(value.asText()) : value.deepCopy();
        for (Iterator<Map.Entry<String, JsonNode>> fields = from.fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            if (!(parsed instanceof com.fasterxml.jackson.databind.node.ObjectNode object)) {
                throw new IllegalStateException("x-example-from on a body that is not a JSON object");
            }
            object.put(field.getKey(), createdField(field.getValue().asText()));
        }
        return ServiceDocuments.JSON.writeValueAsString(parsed);
    }

    /** The path with each parameter replaced by its example, or by the field of the resource its collection's POST example created. */
    private String resolvePath(Case each) throws Exception {
        Matcher matcher = PARAMETER.matcher(each.path());
        StringBuilder path = new StringBuilder();
        while (matcher.find()) {
            String name = matcher.group(1);
            JsonNode declared = null;
            for (JsonNode parameter : each.operation().path("parameters")) {
                if (name.equals(parameter.path("name").asText()) && "path".equals(parameter.path("in").asText())) {
                    declared = parameter;
                }
            }
            String collection = each.path().substring(0, matcher.start() - 1);
            String value;
            if (declared != null && declared.hasNonNull("x-example-from")) {
                value = createdField(declared.get("x-example-from").asText());
            } else if (creates(collection)) {
                value = createdField("post", collection, name);
            } else if (declared != null && example(declared) != null) {
                value = example(declared).asText();
            } else {
                throw new IllegalStateException("the path parameter " + name + " has no example, and no POST example on "
                        + collection + " creates one");
            }
            matcher.appendReplacement(path, Matcher.quoteReplacement(encode(value).replace("+", "%20")));
        }
        matcher.appendTail(path);
        return path.toString();
    }

    private boolean creates(String collection) {
        return cases.stream().anyMatch(c -> c.method().equals("post") && c.path().equals(collection) && c.example() != null);
    }

    /** {@code "METHOD path field"} or {@code "METHOD path [example] field"}: a field of the answer to that example (else the operation's first). */
    private String createdField(String source) throws Exception {
        int method = source.indexOf(' ');
        int field = source.lastIndexOf(' ');
        if (method < 0 || field <= method) {
            throw new IllegalStateException("x-example-from \"" + source + "\" is not \"METHOD path field\"");
        }
        String operation = source.substring(method + 1, field);
        String example = null;
        if (operation.endsWith("]") && operation.contains(" [")) {
            example = operation.substring(operation.indexOf(" [") + 2, operation.length() - 1);
            operation = operation.substring(0, operation.indexOf(" ["));
        }
        return createdField(source.substring(0, method).toLowerCase(), operation, example, source.substring(field + 1));
    }

    private String createdField(String method, String path, String field) throws Exception {
        return createdField(method, path, null, field);
    }

    /** A field of the answer to an example (executed now if it was not yet). */
    private String createdField(String method, String path, String example, String field) throws Exception {
        Case creator = cases.stream().filter(c -> c.method().equals(method) && c.path().equals(path) && c.example() != null
                        && (example == null || example.equals(c.exampleName())))
                .findFirst().orElseThrow(() -> new IllegalStateException("no example of " + method.toUpperCase() + " " + path
                        + " gives the " + field + " (a path parameter without an example is created by its collection's POST example)"));
        HttpResponse<String> answer = created.get(creator.name());
        if (answer == null) {
            run(creator);
            answer = created.get(creator.name());
        }
        if (answer == null || answer.statusCode() / 100 != 2) {
            throw new IllegalStateException("the example " + creator.name() + " that creates the " + field + " did not succeed");
        }
        JsonNode value = ServiceDocuments.JSON.readTree(answer.body()).path(field);
        if (!value.isValueNode() || value.isNull()) {
            throw new IllegalStateException("the answer of " + creator.name() + " has no field " + field);
        }
        return value.asText();
    }

    /** The ETag of the resource a conditional operation changes: the nearest readable path above it. */
    private String etag(Case each, String path) throws Exception {
        String resource = path;
        while (resource.lastIndexOf('/') > 0) {
            resource = resource.substring(0, resource.lastIndexOf('/'));
            HttpResponse<String> answer = ServiceDocuments.HTTP.send(HttpRequest.newBuilder(URI.create(Gateway.URL + resource))
                    .header("X-Api-Key", ServiceDocuments.key(caller(each.operation()))).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() == 200 && answer.headers().firstValue("ETag").isPresent()) {
                return answer.headers().firstValue("ETag").get();
            }
        }
        throw new IllegalStateException("If-Match is required, and no resource above " + path + " gives an ETag");
    }

    /** The system whose development key calls the operation: {@code x-example-caller}, else one with its first role. */
    private static String caller(JsonNode operation) {
        if (operation.hasNonNull("x-example-caller")) {
            return operation.get("x-example-caller").asText();
        }
        for (JsonNode requirement : operation.path("security")) {
            for (JsonNode roles : requirement) {
                for (JsonNode role : roles) {
                    String system = ServiceDocuments.SYSTEM_OF_ROLE.get(role.asText());
                    if (system != null) {
                        return system;
                    }
                }
            }
        }
        return DEFAULT_CALLER; // any system the gateway admits on the route
    }

    private static JsonNode example(JsonNode parameter) {
        if (parameter.has("example")) {
            return parameter.get("example");
        }
        Iterator<JsonNode> examples = parameter.path("examples").elements();
        return examples.hasNext() ? examples.next().path("value") : null;
    }

    private static long unresolved(String path, JsonNode operation) {
        Matcher matcher = PARAMETER.matcher(path);
        long count = 0;
        while (matcher.find()) {
            String name = matcher.group(1);
            boolean hasExample = false;
            for (JsonNode parameter : operation.path("parameters")) {
                hasExample |= name.equals(parameter.path("name").asText()) && example(parameter) != null;
            }
            count += hasExample ? 0 : 1;
        }
        return count;
    }

    /** Every {@code iin} member of an example body (also of nested objects, e.g. a child). */
    private static void iins(JsonNode value, java.util.function.Consumer<String> each) {
        JsonNode body = value;
        if (value.isTextual() && value.asText().trim().startsWith("{")) {
            try {
                body = ServiceDocuments.JSON.readTree(value.asText());
            } catch (java.io.IOException notJson) {
                return;
            }
        }
        if (body.isArray()) {
            body.forEach(element -> iins(element, each));
            return;
        }
        for (Iterator<Map.Entry<String, JsonNode>> fields = body.fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            if (field.getKey().equals("iin") && field.getValue().isTextual()) {
                each.accept(field.getValue().asText());
            } else if (field.getValue().isContainerNode()) {
                iins(field.getValue(), each);
            }
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String abbreviate(String body) {
        return body == null ? "" : body.length() > 400 ? body.substring(0, 400) + "…" : body;
    }
}

package kz.gov.rehab.commons.openapi;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.List;
import java.util.Map;
import kz.gov.rehab.commons.idempotency.IdempotentRequests;
import kz.gov.rehab.commons.problem.Problem;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * What every operation of a service has in common, written into its OpenAPI document once instead
 * of on each endpoint, in every service that has this module:
 * <ul>
 * <li>the {@code ProblemDetails} schema (RFC 9457, the shape of {@link Problem}) on every error
 * answer;</li>
 * <li>the answers of the gateway in front of the service (401, 403, 413, 429, 502, 503, 504) on
 * every operation, with {@code WWW-Authenticate} and {@code Retry-After};</li>
 * <li>{@code X-Request-Id} on every request and answer, the answers a retry with
 * {@code Idempotency-Key} can get, and {@code ETag} where an operation takes {@code If-Match} or
 * reads a resource that has a {@code version}.</li>
 * </ul>
 * An answer an endpoint documents itself keeps its description; only its body schema and headers
 * are filled in.
 * <p>
 * It runs when a service is built, so that its document is complete in the jar: run at start, it
 * took about 0.2 s of each start (docs/benchmarks.md).
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.BUILD)
public class CommonContract implements OASFilter {

    static final String PROBLEM = "ProblemDetails";
    static final String VIOLATION = "Violation";
    static final String REQUEST_ID = "X-Request-Id";
    static final String RETRY_AFTER = "Retry-After";
    static final String WWW_AUTHENTICATE = "WWW-Authenticate";
    static final String ETAG = "ETag";
    static final String IF_MATCH = "If-Match";

    /** The gateway's own answers, which any operation can get (docs/gateway.md, "API gateway"). */
    private static final Map<String, String> GATEWAY_ANSWERS = Map.of(
            "401", "No API key, or an unknown one (the gateway), or no valid identity from the gateway (the service)",
            "403", "The calling system's role does not admit this route (the gateway) or this operation (the service)",
            "429", "Too many requests from this calling system: retry after Retry-After seconds (the gateway)",
            "502", "The service answered the gateway with something that is not HTTP (the gateway)",
            "503", "The service (or a registry it needs) is unavailable: retry after Retry-After seconds, nothing written",
            "504", "The service did not answer the gateway in time (the gateway); a retry with the same Idempotency-Key is safe");

    private static final Map<String, String> REASONS = Map.of("200", "OK", "201", "Created", "202", "Accepted",
            "204", "No content", "404", "Not found", "409", "Conflict", "422", "Unprocessable content");

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        Components components = openAPI.getComponents();
        if (components == null) {
            components = OASFactory.createComponents();
            openAPI.setComponents(components);
        }
        components.addSchema(VIOLATION, violation());
        components.addSchema(PROBLEM, problemDetails());
        components.addHeader(REQUEST_ID, header("The request's id: the caller's own when it sent a valid one, else generated; "
                + "quote it when asking about a request", string().pattern("^[A-Za-z0-9._:-]{1,64}$")
                        .example("3f6c2a1e-8d4b-4b8e-9a57-2c1d0e5f7a90")));
        components.addHeader(RETRY_AFTER, header("Seconds to wait before retrying",
                OASFactory.createSchema().addType(SchemaType.INTEGER).minimum(java.math.BigDecimal.ZERO).example(5)));
        components.addHeader(WWW_AUTHENTICATE, header("The credentials expected: the calling system's API key (X-Api-Key)",
                string().example("ApiKey header=\"X-Api-Key\"")));
        components.addHeader(ETAG, header("The resource's version, to send back as If-Match when changing it",
                string().example("\"3\"")));
        components.addParameter(REQUEST_ID, OASFactory.createParameter().name(REQUEST_ID).in(Parameter.In.HEADER)
                .description("Optional id of the request (1-64 characters of A-Za-z0-9._:-), returned on the answer and "
                        + "carried into logs and events; another value is replaced by a generated one")
                .schema(string().pattern("^[A-Za-z0-9._:-]{1,64}$").example("intake-2026-03-20-0001")));
        Map<String, Schema> schemas = components.getSchemas();
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        for (PathItem item : openAPI.getPaths().getPathItems().values()) {
            for (Map.Entry<PathItem.HttpMethod, Operation> entry : item.getOperations().entrySet()) {
                contract(entry.getKey(), entry.getValue(), schemas);
            }
        }
    }

    private static void contract(PathItem.HttpMethod method, Operation operation, Map<String, Schema> schemas) {
        List<Parameter> parameters = operation.getParameters() == null ? List.of() : operation.getParameters();
        boolean ifMatch = false;
        boolean idempotent = false;
        boolean query = false;
        for (Parameter parameter : parameters) {
            if (parameter.getIn() == Parameter.In.QUERY) {
                query = true;
            }
            if (parameter.getIn() != Parameter.In.HEADER || parameter.getName() == null) {
                continue;
            }
            if (parameter.getName().equalsIgnoreCase(IF_MATCH)) {
                ifMatch = true;
                if (parameter.getDescription() == null) {
                    parameter.setDescription("The ETag of the resource as last read: the change is made only if nobody "
                            + "changed it since");
                }
                parameter.setSchema(string().example("\"0\""));
            } else if (parameter.getName().equalsIgnoreCase(IdempotentRequests.HEADER)) {
                idempotent = true;
                if (parameter.getDescription() == null) {
                    parameter.setDescription("Makes a retry safe: a repeat with the same key and body gets the first answer again "
                            + "(with Idempotent-Replayed: true)");
                }
                parameter.setSchema(string().pattern("^[\\x21-\\x7E]{1,200}$").example("c0a8e4f2-1b7d-4e55-9f0a-000000000001"));
            }
        }
        if (parameters.stream().noneMatch(parameter -> REQUEST_ID.equalsIgnoreCase(parameter.getName())
                || ("#/components/parameters/" + REQUEST_ID).equals(parameter.getRef()))) {
            operation.addParameter(OASFactory.createParameter().ref(REQUEST_ID));
        }
        if (operation.getResponses() == null) {
            operation.setResponses(OASFactory.createAPIResponses());
        }
        APIResponses responses = operation.getResponses();
        boolean body = operation.getRequestBody() != null;
        if (body || query) {
            ensure(responses, "400", "Malformed request or invalid values (violations name each field or parameter), nothing written");
        }
        if (body) {
            ensure(responses, "413", "The request body is larger than the limit (10 MB), nothing written");
        }
        if (idempotent) {
            ensure(responses, "422", "The Idempotency-Key was already used with a different body");
        }
        GATEWAY_ANSWERS.forEach((status, description) -> ensure(responses, status, description));
        boolean versioned = ifMatch || (method == PathItem.HttpMethod.GET && hasVersion(responses.getAPIResponse("200"), schemas));
        for (Map.Entry<String, APIResponse> entry : responses.getAPIResponses().entrySet()) {
            APIResponse response = entry.getValue();
            if (response.getRef() != null) {
                continue;
            }
            String status = entry.getKey();
            if (response.getDescription() == null || response.getDescription().isBlank()) {
                response.setDescription(REASONS.getOrDefault(status, "Answer " + status)); // OpenAPI requires one
            }
            response.addHeader(REQUEST_ID, OASFactory.createHeader().ref(REQUEST_ID));
            if (status.startsWith("4") || status.startsWith("5")) {
                problemBody(response);
            }
            if ("401".equals(status)) {
                response.addHeader(WWW_AUTHENTICATE, OASFactory.createHeader().ref(WWW_AUTHENTICATE));
            }
            if ("429".equals(status) || "503".equals(status)) {
                response.addHeader(RETRY_AFTER, OASFactory.createHeader().ref(RETRY_AFTER));
            }
            if (versioned && status.startsWith("2") && !"204".equals(status)) {
                response.addHeader(ETAG, OASFactory.createHeader().ref(ETAG));
            }
        }
    }

    private static void ensure(APIResponses responses, String status, String description) {
        if (!responses.hasAPIResponse(status)) {
            responses.addAPIResponse(status, OASFactory.createAPIResponse().description(description));
        }
    }

    /** The answer's body is a problem: its problem+json content (examples kept) gets the schema. */
    private static void problemBody(APIResponse response) {
        Content content = response.getContent();
        MediaType problem = content == null ? null : content.getMediaType(Problem.MEDIA_TYPE);
        if (problem == null) {
            problem = OASFactory.createMediaType();
        }
        problem.setSchema(OASFactory.createSchema().ref(PROBLEM));
        response.setContent(OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE, problem));
    }

    /** Whether a JSON answer is a resource with a {@code version} (its ETag). */
    private static boolean hasVersion(APIResponse ok, Map<String, Schema> schemas) {
        if (ok == null || ok.getContent() == null || schemas == null) {
            return false;
        }
        MediaType json = ok.getContent().getMediaType("application/json");
        if (json == null || json.getSchema() == null || json.getSchema().getRef() == null) {
            return false;
        }
        String ref = json.getSchema().getRef();
        Schema schema = schemas.get(ref.substring(ref.lastIndexOf('/') + 1));
        return schema != null && schema.getProperties() != null && schema.getProperties().containsKey("version");
    }

    private static Schema problemDetails() {
        return OASFactory.createSchema().addType(SchemaType.OBJECT)
                .description("RFC 9457 problem details: the body of every error answer. Members other than those below are "
                        + "extensions of a problem type (e.g. currentState)")
                .addProperty("type", string().format("uri").example(Problem.TYPE_BASE + "validation-failed")
                        .description("Identifies the kind of problem; compare on this, not on the title"))
                .addProperty("title", string().example("Invalid request").description("Short summary of the problem type"))
                .addProperty("status", OASFactory.createSchema().addType(SchemaType.INTEGER).example(400)
                        .description("The HTTP status of the answer"))
                .addProperty("detail", string().example("The request has 1 invalid field(s)")
                        .description("What went wrong with this request"))
                .addProperty("instance", string().format("uri-reference").example("/api/v1/certificates/applications")
                        .description("The path of the request"))
                .addProperty("violations", OASFactory.createSchema().addType(SchemaType.ARRAY)
                        .items(OASFactory.createSchema().ref(VIOLATION))
                        .description("Each field, parameter or header that failed validation (400 only)"))
                .required(List.of("type", "title", "status"))
                .additionalPropertiesBoolean(Boolean.TRUE);
    }

    private static Schema violation() {
        return OASFactory.createSchema().addType(SchemaType.OBJECT)
                .description("One field, parameter or header that failed validation")
                .addProperty("field", string().example("applicantIin")
                        .description("Path of the field in the body (e.g. documents.identity.number), or the parameter's or header's name"))
                .addProperty("message", string().example("the check digit of the IIN does not match"))
                .required(List.of("field", "message"));
    }

    private static Header header(String description, Schema schema) {
        return OASFactory.createHeader().description(description).schema(schema);
    }

    private static Schema string() {
        return OASFactory.createSchema().addType(SchemaType.STRING);
    }
}

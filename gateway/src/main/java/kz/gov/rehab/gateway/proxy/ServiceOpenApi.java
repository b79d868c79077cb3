package kz.gov.rehab.gateway.proxy;

import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import java.net.URI;
import java.util.Set;
import kz.gov.rehab.commons.problem.ProblemResponses;

/**
 * Serves a service's OpenAPI document through the gateway ({@code /openapi/<route>.json}), as
 * callers see the service: server = the gateway, security = the gateway's API key instead of the
 * service's own JWT scheme, keeping its scopes (the roles an operation admits). The gateway's Swagger UI
 * lists these next to its own document, so
 * "Try it out" goes through the gateway.
 */
final class ServiceOpenApi {

    static final String SECURITY_SCHEME = "api-key";
    private static final Set<String> OPERATIONS = Set.of("get", "put", "post", "delete", "patch", "head", "options");

    private ServiceOpenApi() {
    }

    static void serve(RoutingContext context, HttpClient client, String routeName, URI backend, ProxyProblems problems) {
        RequestOptions options = new RequestOptions()
                .setMethod(HttpMethod.GET)
                .setHost(backend.getHost())
                .setPort(backend.getPort() > 0 ? backend.getPort() : 80)
                .setURI("/q/openapi?format=json")
                .setConnectTimeout(2000)
                .setIdleTimeout(5000)
                .putHeader("Accept", "application/json");
        client.request(options)
                .compose(request -> request.send())
                .compose(response -> response.statusCode() == 200
                        ? response.body()
                        : Future.<Buffer>failedFuture("status " + response.statusCode()))
                .onSuccess(body -> context.response()
                        .putHeader("Content-Type", "application/json")
                        .end(throughGateway(new JsonObject(body), routeName).toBuffer()))
                .onFailure(failure -> {
                    ProblemResponses.Rendered problem = problems.body(context.request().getHeader("Accept-Language"), 503,
                            "backend-unavailable", "Service unavailable",
                            "The OpenAPI document of the " + routeName + " service cannot be fetched now.",
                            context.request().path(), routeName);
                    ProblemResponses.headers(context.response().setStatusCode(503), problem)
                            .putHeader("Retry-After", "5")
                            .end(problem.body());
                });
    }

    static JsonObject throughGateway(JsonObject document, String routeName) {
        document.put("servers", new JsonArray().add(new JsonObject().put("url", "/")
                .put("description", "the gateway (route " + routeName + ")")));
        JsonObject components = document.getJsonObject("components");
        if (components == null) {
            components = new JsonObject();
            document.put("components", components);
        }
        components.put("securitySchemes", new JsonObject().put(SECURITY_SCHEME, new JsonObject()
                .put("type", "apiKey")
                .put("in", "header")
                .put("name", GatewayInterceptor.API_KEY)
                .put("description", "API key of the calling system; the gateway forwards its identity to the service "
                        + "as a signed token (development keys: docs/gateway.md)")));
        JsonArray apiKey = new JsonArray().add(new JsonObject().put(SECURITY_SCHEME, new JsonArray()));
        document.put("security", apiKey);
        JsonObject paths = document.getJsonObject("paths", new JsonObject());
        for (String path : paths.fieldNames()) {
            JsonObject item = paths.getJsonObject(path);
            for (String method : item.fieldNames()) {
                if (OPERATIONS.contains(method) && item.getValue(method) instanceof JsonObject operation
                        && operation.containsKey("security")) {
                    operation.put("security", new JsonArray().add(new JsonObject().put(SECURITY_SCHEME, roles(operation))));
                }
            }
        }
        return document;
    }

    /** The roles an operation admits (the scopes of the service's own scheme): a key of a system with one of them is needed. */
    private static JsonArray roles(JsonObject operation) {
        JsonArray roles = new JsonArray();
        for (Object requirement : operation.getJsonArray("security", new JsonArray())) {
            if (requirement instanceof JsonObject schemes) {
                for (String scheme : schemes.fieldNames()) {
                    if (schemes.getValue(scheme) instanceof JsonArray scopes) {
                        scopes.stream().filter(role -> !roles.contains(role)).forEach(roles::add);
                    }
                }
            }
        }
        return roles;
    }
}

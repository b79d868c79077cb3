package kz.gov.rehab.gateway;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import kz.gov.rehab.commons.testing.GatewayTokens;
import kz.gov.rehab.commons.testing.TestPki;

/**
 * What the gateway's tests run with (one application start for all of them):
 * <ul>
 * <li>a free HTTP port chosen before start-up, with the commons registry client pointed at it, so
 * that {@code EgovRegistries} can be tested against the gateway's own registries as a service uses
 * them;</li>
 * <li>the JWT signing key of the commons test support ({@link GatewayTokens}), so that tests can
 * verify the forwarded tokens;</li>
 * <li>the authority of the commons test PKI ({@link TestPki#shared()}) as the simulated Ministry's
 * trust anchor;</li>
 * <li>two backends standing in for the services behind the proxy routes. They answer with what they
 * received (method, URI, headers, body size), which is what the proxy tests check; {@code .../slow}
 * answers after 3 s, {@code .../created} answers 201 with a {@code Location} on its own address. The real services are tested through the gateway in e2e-tests.</li>
 * <li>routes with several backend instances, for balancing and taking an instance out of turn.</li>
 * </ul>
 */
@QuarkusTestResource(GatewayTestResource.class)
public class GatewayTestResource implements QuarkusTestResourceLifecycleManager {

    private Vertx vertx;

    @Override
    public Map<String, String> start() {
        int port = freePort();
        vertx = Vertx.vertx();
        Map<String, String> config = new HashMap<>();
        config.put("quarkus.http.test-port", Integer.toString(port));
        config.put("quarkus.rest-client.egov.url", "http://127.0.0.1:" + port);
        config.put("egov.api-key", "dev-key-certificate-service");
        config.put("smallrye.jwt.sign.key.location", GatewayTokens.privateKeyPem().toString());
        // the simulated Ministry trusts the test PKI's authority (signed report submissions)
        config.put("ministry.trust-anchors", TestPki.shared().files().trustAnchors().toString());
        config.put("gateway.proxy.routes.certificates.backend", "http://127.0.0.1:" + echo("certificates"));
        config.put("gateway.proxy.routes.certificates.timeout", "1s");
        config.put("gateway.proxy.routes.compensations.backend", "http://127.0.0.1:" + echo("compensations"));
        // a route whose backend is down (nothing listens on that port)
        config.put("gateway.proxy.routes.down-test.prefix", "/api/v1/down-test");
        config.put("gateway.proxy.routes.down-test.backend", "http://127.0.0.1:" + freePort());
        config.put("gateway.proxy.routes.down-test.roles", "monitoring");
        // routes with several instances (BackendBalancingTest): two healthy ones; one whose readiness the
        // test switches (/_readiness/down, /_readiness/up on the instance itself); one that is not running
        config.put("gateway.proxy.health-check.interval", "200ms");
        // generous: a healthy echo backend slowed by a busy machine must not be taken out of turn
        config.put("gateway.proxy.health-check.timeout", "3s");
        config.put("gateway.proxy.routes.balanced-test.prefix", "/api/v1/balanced-test");
        config.put("gateway.proxy.routes.balanced-test.backend",
                "http://127.0.0.1:" + echo("first") + ",http://127.0.0.1:" + echo("second"));
        config.put("gateway.proxy.routes.balanced-test.roles", "monitoring");
        config.put("gateway.proxy.routes.readiness-test.prefix", "/api/v1/readiness-test");
        config.put("gateway.proxy.routes.readiness-test.backend",
                "http://127.0.0.1:" + echo("steady") + ",http://127.0.0.1:" + echo("wavering"));
        config.put("gateway.proxy.routes.readiness-test.roles", "monitoring");
        config.put("gateway.proxy.routes.failover-test.prefix", "/api/v1/failover-test");
        config.put("gateway.proxy.routes.failover-test.backend",
                "http://127.0.0.1:" + freePort() + ",http://127.0.0.1:" + echo("survivor"));
        config.put("gateway.proxy.routes.failover-test.roles", "monitoring");
        // a small pool, so that the disconnect test can exhaust it
        config.put("gateway.proxy.pool-size", "5");
        return config;
    }

    /** Request ids of the requests to /drops-first whose connection was already dropped once. */
    private final java.util.Set<String> droppedOnce = java.util.concurrent.ConcurrentHashMap.newKeySet();

    private int echo(String name) {
        HttpServer server = vertx.createHttpServer().requestHandler(request -> answer(name, request));
        try {
            return server.listen(0, "127.0.0.1").toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS)
                    .actualPort();
        } catch (Exception e) {
            throw new IllegalStateException("echo backend " + name + " did not start", e);
        }
    }

    /** Names of the echo backends whose readiness endpoint answers 503. */
    private final java.util.Set<String> notReady = java.util.concurrent.ConcurrentHashMap.newKeySet();

    private void answer(String name, HttpServerRequest request) {
        switch (request.path()) {
            case "/_readiness/down" -> {
                notReady.add(name);
                request.response().setStatusCode(204).end();
                return;
            }
            case "/_readiness/up" -> {
                notReady.remove(name);
                request.response().setStatusCode(204).end();
                return;
            }
            case "/q/health/ready" -> {
                request.response().setStatusCode(notReady.contains(name) ? 503 : 200)
                        .putHeader("Content-Type", "application/json").end("{}");
                return;
            }
            default -> {
            }
        }
        if (request.path().equals("/q/openapi")) {
            request.response().putHeader("Content-Type", "application/json").end(new JsonObject()
                    .put("openapi", "3.1.0")
                    .put("info", new JsonObject().put("title", name).put("version", "1.0.0"))
                    .put("components", new JsonObject().put("securitySchemes",
                            new JsonObject().put("jwt", new JsonObject().put("type", "http").put("scheme", "bearer"))))
                    .put("paths", new JsonObject().put("/api/v1/" + name + "/things", new JsonObject()
                            .put("get", new JsonObject().put("security",
                                    new io.vertx.core.json.JsonArray().add(new JsonObject().put("jwt",
                                            new io.vertx.core.json.JsonArray().add("akimat"))))))).encode());
            return;
        }
        if (request.path().endsWith("/limited")) {
            // as a service does with a body over its limit (1M): answers 413 at once and closes the
            // connection under the request still being sent
            long[] received = {0};
            request.handler(chunk -> {
                received[0] += chunk.length();
                if (received[0] > 1024 * 1024 && !request.response().ended()) {
                    request.response().setStatusCode(413).end();
                    request.connection().close();
                }
            });
            request.endHandler(end -> {
                if (!request.response().ended()) {
                    request.response().putHeader("Content-Type", "application/json")
                            .end(new JsonObject().put("bodyLength", received[0]).encode());
                }
            });
            return;
        }
        request.body().onSuccess(body -> {
            JsonObject headers = new JsonObject();
            request.headers().forEach(header -> headers.put(header.getKey().toLowerCase(), header.getValue()));
            String echo = new JsonObject()
                    .put("backend", name)
                    .put("method", request.method().name())
                    .put("uri", request.uri())
                    .put("headers", headers)
                    .put("bodyLength", body.length())
                    .encode();
            if (request.path().endsWith("/created")) {
                // as a JAX-RS service answers Response.created(...): an absolute URL of its own address
                request.response().setStatusCode(201).putHeader("Location", "http://" + request.authority() + request.path() + "/1")
                        .putHeader("Content-Type", "application/json").end(echo);
            } else if (request.path().endsWith("/drops-first") && droppedOnce.add(request.getHeader("X-Request-Id"))) {
                // a keep-alive connection the backend closes without answering (the race of a pooled connection)
                request.response().reset();
            } else if (request.path().endsWith("/slow")) {
                vertx.setTimer(3000, tick -> {
                    if (!request.response().closed()) {
                        request.response().putHeader("Content-Type", "application/json").end(echo);
                    }
                });
            } else {
                request.response().putHeader("Content-Type", "application/json").end(echo);
            }
        });
    }

    @Override
    public void stop() {
        if (vertx != null) {
            vertx.close();
        }
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

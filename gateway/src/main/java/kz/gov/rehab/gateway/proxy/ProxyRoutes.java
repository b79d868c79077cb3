package kz.gov.rehab.gateway.proxy;

import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpVersion;
import io.vertx.core.http.PoolOptions;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.net.SocketAddress;
import io.vertx.ext.web.Router;
import io.vertx.httpproxy.HttpProxy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.net.URI;
import java.util.regex.Pattern;
import kz.gov.rehab.commons.problem.ProblemResponses;
import kz.gov.rehab.gateway.caller.CallingSystems;
import org.jboss.logging.Logger;

/**
 * Installs the API gateway's routes: one Vert.x {@link HttpProxy} per route, streaming bodies both
 * ways (no body handler on these routes), over a pooled HTTP/1.1 client.
 *
 * <p>Guards against the known hang of a waiting request whose client went away: the origin request
 * gives up when the client's response is already closed, a connection must be had within the connect
 * timeout (which includes waiting for a free pooled one), the upstream request has an idle timeout
 * (the route's timeout), and it is reset when the client disconnects.
 */
@ApplicationScoped
public class ProxyRoutes {

    private static final Logger LOG = Logger.getLogger(ProxyRoutes.class);

    private final ProxyConfig config;
    private final CallingSystems callingSystems;
    private final RateLimits rateLimits;
    private final GatewayTokens tokens;
    private final ProxyProblems problems;
    private final ProblemResponses problemResponses;

    public ProxyRoutes(ProxyConfig config, CallingSystems callingSystems, RateLimits rateLimits, GatewayTokens tokens,
            ProxyProblems problems, ProblemResponses problemResponses) {
        this.problemResponses = problemResponses;
        this.config = config;
        this.callingSystems = callingSystems;
        this.rateLimits = rateLimits;
        this.tokens = tokens;
        this.problems = problems;
    }

    void install(@Observes Router router, Vertx vertx) {
        HttpClient client = vertx.createHttpClient(
                new HttpClientOptions()
                        .setProtocolVersion(HttpVersion.HTTP_1_1)
                        .setKeepAlive(true)
                        .setConnectTimeout((int) config.connectTimeout().toMillis()),
                new PoolOptions().setHttp1MaxSize(config.poolSize()));
        config.routes().forEach((name, route) -> {
            URI backend = route.backend();
            SocketAddress origin = SocketAddress.inetSocketAddress(
                    backend.getPort() > 0 ? backend.getPort() : 80, backend.getHost());
            HttpProxy proxy = HttpProxy.reverseProxy(client)
                    .originRequestProvider((request, httpClient) ->
                            connect(vertx, request, httpClient, origin, route, route.retries()))
                    .addInterceptor(new GatewayInterceptor(name, route, callingSystems, rateLimits, tokens, problems,
                            config.retryAfter().toSeconds()));
            router.routeWithRegex("^" + Pattern.quote(route.prefix()) + "(/.*)?$")
                    .handler(context -> proxy.handle(context.request()));
            router.get("/openapi/" + name + ".json")
                    .handler(context -> ServiceOpenApi.serve(context, client, name, backend, problems));
            router.route("/openapi/" + name + ".json")
                    .handler(context -> {
                        context.response().putHeader("Allow", "GET");
                        problemResponses.end(context.request(), 405, "method-not-allowed", "Method not allowed",
                                "Only GET reads the OpenAPI document");
                    });
            LOG.infof("route %s: %s/** -> %s (timeout %s, roles %s)", name, route.prefix(), backend, route.timeout(),
                    route.roles());
        });
    }

    private Future<HttpClientRequest> connect(Vertx vertx, HttpServerRequest request, HttpClient client,
            SocketAddress origin, ProxyConfig.Route route, int retriesLeft) {
        if (request.response().closed()) {
            return Future.failedFuture("the client went away before the backend was reached");
        }
        RequestOptions options = new RequestOptions()
                .setServer(origin)
                .setConnectTimeout(config.connectTimeout().toMillis())
                .setIdleTimeout(route.timeout().toMillis());
        return client.request(options)
                .<HttpClientRequest>map(upstream -> {
                    upstream.exceptionHandler(failure -> LOG.debugf("upstream request ended: %s", failure.getMessage()));
                    request.response().closeHandler(closed -> upstream.reset());
                    if (request.response().closed()) {
                        upstream.reset();
                    }
                    return upstream;
                })
                .recover(failure -> {
                    if (retriesLeft > 0 && retryable(request) && !request.response().closed()) {
                        Promise<Void> delay = Promise.promise();
                        vertx.setTimer(100, tick -> delay.complete());
                        return delay.future().compose(ignored -> connect(vertx, request, client, origin, route, retriesLeft - 1));
                    }
                    return Future.failedFuture(new BackendUnavailableException(failure));
                });
    }

    /** Safe to try again: a GET, or a POST that carries an Idempotency-Key. */
    static boolean retryable(HttpServerRequest request) {
        return request.method() == HttpMethod.GET || request.method() == HttpMethod.HEAD
                || (request.method() == HttpMethod.POST && request.getHeader("Idempotency-Key") != null);
    }
}

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
import io.vertx.core.http.RequestOptions;
import io.vertx.core.tracing.TracingPolicy;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.context.propagation.TextMapPropagator;
import io.vertx.ext.web.Router;
import io.vertx.httpproxy.HttpProxy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.regex.Pattern;
import kz.gov.rehab.commons.problem.ProblemResponses;
import kz.gov.rehab.commons.tracing.SpanExport;
import kz.gov.rehab.gateway.caller.CallingSystems;
import org.jboss.logging.Logger;

/**
 * Installs the API gateway's routes: one Vert.x {@link HttpProxy} per route, streaming bodies both
 * ways (no body handler on these routes), over pooled HTTP/1.1 clients, one for each event loop
 * ({@link EventLoopClients}).
 *
 * <p>Guards against the known hang of a waiting request whose client went away: the origin request
 * gives up when the client's response is already closed, a connection must be had within the connect
 * timeout (which includes waiting for a free pooled one), the upstream request has an idle timeout
 * (the route's timeout), and it is reset when the client disconnects. A reset once the exchange is
 * over does nothing ({@link UpstreamRequest}): it would close a pooled connection that may already
 * carry another request.
 *
 * <p>A route may have several backend instances ({@link BackendPool}): each request goes to the next
 * ready one; when a connection to one fails, the request (not yet sent) goes to the next instance.
 *
 * <p>The proxy routes come before Quarkus's own HTTP security and REST handlers ({@link #ORDER}):
 * the interceptor authenticates, authorises and labels the request itself, so that work would be
 * done twice. Only the request-size limits of every route ({@code BodySizeLimit}) come first.
 *
 * <p>Traces: where spans are exported, the proxy's client makes a client span of each forwarded
 * request, as Vert.x's tracing does for every client. Where they are not ({@link SpanExport}),
 * the client is not traced and the interceptor passes the gateway's own (server) span on in
 * {@code traceparent} itself: the same trace for the service, without a span nobody sees.
 */
@ApplicationScoped
public class ProxyRoutes {

    private static final Logger LOG = Logger.getLogger(ProxyRoutes.class);
    /**
     * Before Quarkus's authentication (order -200), authorization (-100) and the REST layer's
     * route-template handler; after {@code BodySizeLimit} ({@link Integer#MIN_VALUE}) and CORS (-300).
     */
    static final int ORDER = -250;

    private final ProxyConfig config;
    private final CallingSystems callingSystems;
    private final RateLimits rateLimits;
    private final GatewayTokens tokens;
    private final ProxyProblems problems;
    private final ProblemResponses problemResponses;
    private final SpanExport spanExport;
    private final OpenTelemetry openTelemetry;

    public ProxyRoutes(ProxyConfig config, CallingSystems callingSystems, RateLimits rateLimits, GatewayTokens tokens,
            ProxyProblems problems, ProblemResponses problemResponses, SpanExport spanExport, OpenTelemetry openTelemetry) {
        this.problemResponses = problemResponses;
        this.spanExport = spanExport;
        this.openTelemetry = openTelemetry;
        this.config = config;
        this.callingSystems = callingSystems;
        this.rateLimits = rateLimits;
        this.tokens = tokens;
        this.problems = problems;
    }

    void install(@Observes Router router, Vertx vertx) {
        EventLoopClients clients = new EventLoopClients(vertx,
                new HttpClientOptions()
                        .setProtocolVersion(HttpVersion.HTTP_1_1)
                        .setKeepAlive(true)
                        .setConnectTimeout((int) config.connectTimeout().toMillis())
                        .setTracingPolicy(spanExport.exported() ? TracingPolicy.PROPAGATE : TracingPolicy.IGNORE),
                config.poolSize());
        TextMapPropagator traceContext = spanExport.exported() ? null : openTelemetry.getPropagators().getTextMapPropagator();
        List<BackendPool> pools = new ArrayList<>();
        config.routes().forEach((name, route) -> {
            BackendPool pool = new BackendPool(name, route.backend());
            pools.add(pool);
            HttpProxy proxy = HttpProxy.reverseProxy(clients.current())
                    .originRequestProvider((request, anyClient) ->
                            connect(vertx, request, clients.current(), pool, route, route.retries()))
                    .addInterceptor(new GatewayInterceptor(name, route, pool, callingSystems, rateLimits, tokens, problems,
                            config.retryAfter().toSeconds(), traceContext));
            router.routeWithRegex("^" + Pattern.quote(route.prefix()) + "(/.*)?$")
                    .order(ORDER)
                    .handler(context -> proxy.handle(context.request()));
            router.get("/openapi/" + name + ".json")
                    .handler(context -> ServiceOpenApi.serve(context, clients.current(), name, pool.order().get(0).uri(), problems));
            router.route("/openapi/" + name + ".json")
                    .handler(context -> {
                        context.response().putHeader("Allow", "GET");
                        problemResponses.end(context.request(), 405, "method-not-allowed", "Method not allowed",
                                "Only GET reads the OpenAPI document");
                    });
            LOG.infof("route %s: %s/** -> %s (timeout %s, roles %s)", name, route.prefix(), pool.instances(),
                    route.timeout(), route.roles());
        });
        ProxyConfig.HealthCheck check = config.healthCheck();
        HttpClient checks = vertx.createHttpClient(new HttpClientOptions()
                .setProtocolVersion(HttpVersion.HTTP_1_1)
                .setKeepAlive(false));
        vertx.setPeriodic(check.interval().toMillis(),
                tick -> pools.forEach(pool -> pool.checkReadiness(checks, check.path(), check.timeout())));
    }

    private Future<HttpClientRequest> connect(Vertx vertx, HttpServerRequest request, HttpClient client,
            BackendPool pool, ProxyConfig.Route route, int retriesLeft) {
        if (request.response().closed()) {
            return Future.failedFuture("the client went away before the backend was reached");
        }
        return connectToOne(request, client, pool, pool.order().iterator(), route)
                .recover(failure -> {
                    if (retriesLeft > 0 && retryable(request) && !request.response().closed()) {
                        Promise<Void> delay = Promise.promise();
                        vertx.setTimer(100, tick -> delay.complete());
                        return delay.future().compose(ignored -> connect(vertx, request, client, pool, route, retriesLeft - 1));
                    }
                    return Future.failedFuture(new BackendUnavailableException(failure));
                });
    }

    /**
     * A connection to the first of the candidates that gives one. Nothing of the request has been sent
     * when a connection fails, so the next instance may take any request, not only a retryable one.
     */
    private Future<HttpClientRequest> connectToOne(HttpServerRequest request, HttpClient client, BackendPool pool,
            Iterator<BackendPool.Instance> candidates, ProxyConfig.Route route) {
        BackendPool.Instance instance = candidates.next();
        RequestOptions options = new RequestOptions()
                .setServer(instance.address())
                .setConnectTimeout(config.connectTimeout().toMillis())
                .setIdleTimeout(route.timeout().toMillis());
        return client.request(options)
                .<HttpClientRequest>map(opened -> {
                    opened.exceptionHandler(failure -> LOG.debugf("upstream request ended: %s", failure.getMessage()));
                    HttpClientRequest upstream = UpstreamRequest.of(opened);
                    request.response().closeHandler(closed -> upstream.reset());
                    if (request.response().closed()) {
                        upstream.reset();
                    }
                    return upstream;
                })
                .recover(failure -> {
                    pool.connectionFailed(instance, failure);
                    if (candidates.hasNext() && !request.response().closed()) {
                        return connectToOne(request, client, pool, candidates, route);
                    }
                    return Future.failedFuture(failure);
                });
    }

    /** Safe to try again: a GET, or a POST that carries an Idempotency-Key. */
    static boolean retryable(HttpServerRequest request) {
        return request.method() == HttpMethod.GET || request.method() == HttpMethod.HEAD
                || (request.method() == HttpMethod.POST && request.getHeader("Idempotency-Key") != null);
    }
}

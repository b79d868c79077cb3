package kz.gov.rehab.gateway.proxy;

import io.opentelemetry.context.Context;
import io.opentelemetry.context.propagation.TextMapPropagator;
import io.opentelemetry.context.propagation.TextMapSetter;
import io.vertx.core.Future;
import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.httpproxy.Body;
import io.vertx.httpproxy.ProxyContext;
import io.vertx.httpproxy.ProxyInterceptor;
import io.vertx.httpproxy.ProxyResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.TimeoutException;
import kz.gov.rehab.commons.problem.Problem;
import kz.gov.rehab.commons.problem.ProblemResponses;
import kz.gov.rehab.commons.request.RequestId;
import kz.gov.rehab.gateway.caller.CallingSystem;
import kz.gov.rehab.gateway.caller.CallingSystems;

/**
 * What the gateway does to every proxied request, on the event loop and without blocking: request
 * id, API key (401), route roles (403), rate limit (429), identity headers replaced by the gateway's
 * JWT, a body over the route's limit (413, also a chunked one, counted while it streams); and to every answer: request id, a service's own address in {@code Location} replaced by the
 * gateway's, backend failures as 502/503/504 problem+json, access log.
 */
class GatewayInterceptor implements ProxyInterceptor {

    static final String REQUEST_ID = "X-Request-Id";
    static final String API_KEY = "X-Api-Key";
    /** The challenge of every 401 of the gateway (RFC 9110 §11.6.1). */
    static final String API_KEY_CHALLENGE = "ApiKey header=\"X-Api-Key\"";
    /** How long a caller whose body was refused 413 may go on sending it before the connection is closed. */
    private static final long DRAIN_SECONDS = 10;
    /** Logged (as nginx does) when the caller closed the connection before the answer: nobody saw an answer. */
    static final int CLIENT_CLOSED_REQUEST = 499;
    /** Headers through which a caller could claim an identity; the gateway's JWT replaces them. */
    private static final List<String> IDENTITY_HEADER_PREFIXES = List.of("authorization", "x-api-key", "x-caller",
            "x-user", "x-remote-user", "x-forwarded-user", "x-auth", "x-org", "x-system", "x-roles", "x-forwarded-");

    private final String routeName;
    private final ProxyConfig.Route route;
    private final CallingSystems callingSystems;
    private final RateLimits rateLimits;
    private final GatewayTokens tokens;
    private final ProxyProblems problems;
    private final long retryAfterSeconds;
    /** The instances of the service behind this route. */
    private final BackendPool backends;
    private final long maxBodySize;
    /** Puts the gateway's span in the forwarded request's headers; none where the proxy's client does it. */
    private final TextMapPropagator traceContext;
    private static final TextMapSetter<MultiMap> HEADERS = (headers, name, value) -> headers.set(name, value);

    GatewayInterceptor(String routeName, ProxyConfig.Route route, BackendPool backends, CallingSystems callingSystems,
            RateLimits rateLimits, GatewayTokens tokens, ProxyProblems problems, long retryAfterSeconds,
            TextMapPropagator traceContext) {
        this.traceContext = traceContext;
        this.routeName = routeName;
        this.route = route;
        this.callingSystems = callingSystems;
        this.rateLimits = rateLimits;
        this.tokens = tokens;
        this.problems = problems;
        this.retryAfterSeconds = retryAfterSeconds;
        this.backends = backends;
        this.maxBodySize = route.maxBodySize().asLongValue();
    }

    @Override
    public Future<ProxyResponse> handleProxyRequest(ProxyContext context) {
        HttpServerRequest incoming = context.request().proxiedRequest();
        String requestId = RequestId.acceptOrGenerate(incoming.getHeader(REQUEST_ID));
        context.set("requestId", requestId);
        context.set("started", System.nanoTime());
        RouteTemplates.label(incoming, RouteTemplates.ofRoute(route.prefix()));

        Optional<CallingSystem> caller = callingSystems.authenticate(incoming.getHeader(API_KEY));
        boolean anonymous = caller.isEmpty() && incoming.getHeader(API_KEY) == null && isPublic(incoming);
        if (anonymous) {
            caller = Optional.of(PUBLIC);
        }
        if (caller.isEmpty()) {
            return answer(context, 401, "unauthenticated", "Unauthenticated",
                    "A valid API key in the X-Api-Key header is required.")
                    .map(response -> response.putHeader("WWW-Authenticate", API_KEY_CHALLENGE));
        }
        CallingSystem system = caller.get();
        context.set("system", system.id());
        if (!anonymous && !system.hasAnyRole(route.roles())) {
            return answer(context, 403, "forbidden", "Forbidden",
                    "The calling system's roles do not allow requests to " + route.prefix() + ".");
        }
        OptionalLong wait = rateLimits.take(anonymous && incoming.remoteAddress() != null
                ? PUBLIC.id() + "@" + incoming.remoteAddress().hostAddress() : system.id());
        if (wait.isPresent()) {
            return answer(context, 429, "rate-limited", "Too many requests",
                    "The calling system sent more requests than its limit; retry after " + wait.getAsLong() + " s.",
                    wait.getAsLong())
                    .map(response -> response.putHeader("Retry-After", Long.toString(wait.getAsLong())));
        }

        RouteTemplates.label(incoming, RouteTemplates.of(route.prefix(), incoming.path()));
        if (tooLarge(incoming.getHeader("Content-Length"))) {
            return bodyTooLarge(context);
        }
        if (incoming.getHeader("Content-Length") == null && incoming.getHeader("Transfer-Encoding") != null
                && context.request().getBody() != null) {
            CountedBody counted = new CountedBody(context.request().getBody().stream(), maxBodySize);
            context.set("countedBody", counted);
            context.request().setBody(Body.body(counted, -1));
        }

        MultiMap headers = context.request().headers();
        List<String> claimed = null;
        for (Map.Entry<String, String> header : headers) {
            if (claimsAnIdentity(header.getKey())) {
                if (claimed == null) {
                    claimed = new ArrayList<>(2);
                }
                claimed.add(header.getKey());
            }
        }
        if (claimed != null) {
            claimed.forEach(headers::remove);
        }
        headers.set("Authorization", tokens.authorizationFor(system));
        headers.set(REQUEST_ID, requestId);
        if (incoming.remoteAddress() != null) {
            headers.set("X-Forwarded-For", incoming.remoteAddress().hostAddress());
        }
        headers.set("X-Forwarded-Proto", incoming.scheme() == null ? "http" : incoming.scheme());
        if (incoming.authority() != null) {
            headers.set("X-Forwarded-Host", incoming.authority().toString());
        }
        if (traceContext != null) {
            traceContext.inject(Context.current(), headers, HEADERS);
        }

        return context.sendRequest()
                .recover(failure -> sentAgain(context, failure) ? context.sendRequest() : Future.failedFuture(failure))
                .recover(failure -> backendFailure(context, failure));
    }

    /** Whether a header is one through which a caller could claim an identity (any case). */
    static boolean claimsAnIdentity(String name) {
        for (String prefix : IDENTITY_HEADER_PREFIXES) {
            if (name.regionMatches(true, 0, prefix, 0, prefix.length())) {
                return true;
            }
        }
        return false;
    }

    /** Who reads a public path without an API key. */
    static final CallingSystem PUBLIC = new CallingSystem("public", java.util.Set.of("public"), Optional.empty());
    /** A public path is plain: letters, digits and - _ . / only, and no dot segment that could climb out of it. */
    private static final java.util.regex.Pattern PLAIN_PATH = java.util.regex.Pattern.compile("[A-Za-z0-9/_.-]+");

    private boolean isPublic(HttpServerRequest incoming) {
        if (incoming.method() != HttpMethod.GET && incoming.method() != HttpMethod.HEAD) {
            return false;
        }
        String path = incoming.path();
        if (path == null || !PLAIN_PATH.matcher(path).matches() || path.contains("..") || path.contains("//")) {
            return false;
        }
        return route.publicPaths().orElse(java.util.Set.of()).stream().anyMatch(path::startsWith);
    }

    /**
     * Whether a request whose backend connection failed before the answer goes out once more, on
     * another connection: a GET or HEAD without a body (nothing is consumed, and it changes nothing),
     * whose caller is still there, and which did not time out. A pooled keep-alive connection that
     * the service has just closed fails this way; nginx retries such a request too
     * ({@code proxy_next_upstream error}).
     */
    private static boolean sentAgain(ProxyContext context, Throwable failure) {
        HttpServerRequest incoming = context.request().proxiedRequest();
        boolean withoutBody = incoming.getHeader("Content-Length") == null && incoming.getHeader("Transfer-Encoding") == null;
        boolean idempotent = incoming.method() == HttpMethod.GET || incoming.method() == HttpMethod.HEAD;
        if (!idempotent || !withoutBody || incoming.response().closed() || context.get("sentAgain", Boolean.class) != null
                || failure instanceof BackendUnavailableException || isTimeout(failure)) {
            return false;
        }
        context.set("sentAgain", Boolean.TRUE);
        // the incoming request's (empty) body stream has ended with the first attempt: send none
        context.request().setBody(null);
        return true;
    }

    private static boolean isTimeout(Throwable failure) {
        return failure instanceof TimeoutException || failure.getClass().getSimpleName().contains("Timeout");
    }

    @Override
    public Future<Void> handleProxyResponse(ProxyContext context) {
        ProxyResponse response = context.response();
        String requestId = context.get("requestId", String.class);
        response.putHeader(REQUEST_ID, requestId);
        pointLocationAtTheGateway(context.request().proxiedRequest(), response);
        Long started = context.get("started", Long.class);
        HttpServerRequest incoming = context.request().proxiedRequest();
        int status = incoming.response().closed() ? CLIENT_CLOSED_REQUEST : response.getStatusCode();
        AccessLog.write(requestId, context.get("system", String.class), routeName,
                context.request().getMethod().name(), incoming.uri(),
                status, started == null ? 0 : System.nanoTime() - started);
        return context.sendResponse();
    }

    /**
     * A service builds absolute {@code Location} URLs from the address it was called at, which is its
     * own, not the gateway's: such a URL is rewritten to the address the caller used (as nginx's
     * {@code proxy_redirect default} does), so that callers never see a service's address.
     */
    private void pointLocationAtTheGateway(HttpServerRequest incoming, ProxyResponse response) {
        String location = response.headers().get("Location");
        if (location == null || incoming.authority() == null) {
            return;
        }
        String backendOrigin = backends.instances().stream().map(BackendPool.Instance::origin)
                .filter(origin -> location.regionMatches(true, 0, origin, 0, origin.length()))
                .findFirst().orElse(null);
        if (backendOrigin == null) {
            return;
        }
        String rest = location.substring(backendOrigin.length());
        if (rest.isEmpty() || rest.startsWith("/") || rest.startsWith("?")) {
            String scheme = incoming.scheme() == null ? "http" : incoming.scheme();
            response.headers().set("Location", scheme + "://" + incoming.authority() + rest);
        }
    }

    private boolean tooLarge(String contentLength) {
        try {
            return contentLength != null && Long.parseLong(contentLength.trim()) > maxBodySize;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /**
     * 413 for a body over the route's limit, which is the service's own: the service never sees
     * such a body, so it cannot reset the connection under a request still being streamed (which
     * the caller saw as a 502). A caller who goes on sending has its rest read and dropped, for at
     * most {@link #DRAIN_SECONDS} s; then the connection is closed.
     */
    private Future<ProxyResponse> bodyTooLarge(ProxyContext context) {
        HttpServerRequest incoming = context.request().proxiedRequest();
        CountedBody counted = context.get("countedBody", CountedBody.class);
        io.vertx.core.Context running = io.vertx.core.Vertx.currentContext();
        if (running != null && counted != null && !counted.ended()) {
            running.owner().setTimer(DRAIN_SECONDS * 1000, tick -> {
                if (!counted.ended() && incoming.connection() != null) {
                    incoming.connection().close();
                }
            });
        }
        return answer(context, 413, "body-too-large", "Body too large",
                "The request body is larger than " + maxBodySize + " bytes", maxBodySize);
    }

    private Future<ProxyResponse> backendFailure(ProxyContext context, Throwable failure) {
        CountedBody counted = context.get("countedBody", CountedBody.class);
        if (counted != null && counted.exceeded()) {
            return bodyTooLarge(context);
        }
        if (failure instanceof BackendUnavailableException) {
            return answer(context, 503, "backend-unavailable", "Service unavailable",
                    "The " + routeName + " service cannot be reached; retry later.", routeName)
                    .map(response -> response.putHeader("Retry-After", Long.toString(retryAfterSeconds)));
        }
        if (isTimeout(failure)) {
            return answer(context, 504, "backend-timeout", "Gateway timeout",
                    "The " + routeName + " service did not answer within " + route.timeout().toSeconds() + " s.",
                    routeName, route.timeout().toSeconds());
        }
        return answer(context, 502, "bad-gateway", "Bad gateway",
                "The " + routeName + " service failed to answer.", routeName);
    }

    private Future<ProxyResponse> answer(ProxyContext context, int status, String slug, String title, String detail,
            Object... detailArgs) {
        HttpServerRequest incoming = context.request().proxiedRequest();
        ProblemResponses.Rendered problem = problems.body(incoming.getHeader("Accept-Language"), status, slug, title, detail,
                incoming.path(), detailArgs);
        ProxyResponse response = context.request().release().response()
                .setStatusCode(status)
                .putHeader("Content-Type", Problem.MEDIA_TYPE)
                .putHeader("Content-Language", problem.language())
                .putHeader("Vary", "Accept-Language")
                .setBody(Body.body(problem.body()));
        return Future.succeededFuture(response);
    }
}

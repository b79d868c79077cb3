package kz.gov.rehab.commons.problem;

import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Refuses, before reading anything, a body larger than {@code quarkus.http.limits.max-body-size}
 * (413 {@code body-too-large}) and a request target longer than {@code rehab.http.max-uri-length}
 * (414 {@code uri-too-long}), both as problem+json: the HTTP layer's own refusals have no body.
 * Bodies sent without a Content-Length are still cut off by the HTTP layer at the same limit; the
 * HTTP layer's line limit ({@code quarkus.http.limits.max-initial-line-length}) is set well above
 * the URI limit, so that a long URI reaches this check.
 */
@ApplicationScoped
public class BodySizeLimit {

    private final long limit;
    private final int maxUriLength;
    private final ProblemResponses problems;

    public BodySizeLimit(@ConfigProperty(name = "quarkus.http.limits.max-body-size", defaultValue = "10M") MemorySize limit,
            @ConfigProperty(name = "rehab.http.max-uri-length", defaultValue = "4096") int maxUriLength,
            ProblemResponses problems) {
        this.limit = limit.asLongValue();
        this.maxUriLength = maxUriLength;
        this.problems = problems;
    }

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(ctx -> {
            if (ctx.request().uri().length() > maxUriLength) {
                ctx.response().putHeader(HttpHeaders.CONNECTION, "close");
                problems.end(ctx.request(), 414, "uri-too-long", "URI too long",
                        "The request URI is longer than " + maxUriLength + " characters", maxUriLength);
                return;
            }
            String length = ctx.request().getHeader(HttpHeaders.CONTENT_LENGTH);
            if (length != null && tooLarge(length)) {
                ctx.response().putHeader(HttpHeaders.CONNECTION, "close");
                problems.end(ctx.request(), 413, "body-too-large", "Body too large",
                        "The request body is larger than " + limit + " bytes", limit);
                return;
            }
            ctx.next();
        });
    }

    private boolean tooLarge(String length) {
        try {
            return Long.parseLong(length.trim()) > limit;
        } catch (NumberFormatException e) {
            return false;
        }
    }

}

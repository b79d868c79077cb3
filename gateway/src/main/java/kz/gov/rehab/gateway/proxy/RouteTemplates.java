package kz.gov.rehab.gateway.proxy;

import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.impl.HttpServerRequestInternal;
import java.util.regex.Pattern;

/**
 * The label under which a proxied request is counted and timed ({@code http_server_requests}'s
 * {@code uri}): a template, never the raw path, so that the number of series stays bounded
 * however many applications, IINs and numbers pass (docs/operations.md).
 *
 * <ul>
 * <li>Until the caller is authenticated: the route alone ({@code /api/v1/certificates/**}), so
 * that nobody without a key can add series by inventing paths.</li>
 * <li>Then: the path with every segment that is not a plain lower-case word replaced by
 * {@code {id}} ({@code /api/v1/certificates/applications/{id}/documents}), at most
 * {@value #MAX_SEGMENTS} segments below the route. Paths the service does not know answer 404,
 * which Micrometer counts as {@code NOT_FOUND} whatever the path.</li>
 * </ul>
 */
final class RouteTemplates {

    /** The request-context key Quarkus's HTTP metrics (and REST endpoints) read the template from. */
    static final String URL_PATH_TEMPLATE = "UrlPathTemplate";
    static final int MAX_SEGMENTS = 6;
    private static final Pattern WORD = Pattern.compile("[a-z][a-z-]{0,39}");

    private RouteTemplates() {
    }

    static String ofRoute(String prefix) {
        return prefix + "/**";
    }

    static String of(String prefix, String path) {
        if (path == null || !path.startsWith(prefix)) {
            return ofRoute(prefix);
        }
        StringBuilder template = new StringBuilder(prefix);
        String[] segments = path.substring(prefix.length()).split("/");
        int kept = 0;
        for (String segment : segments) {
            if (segment.isEmpty()) {
                continue;
            }
            if (++kept > MAX_SEGMENTS) {
                return template.append("/**").toString();
            }
            template.append('/').append(WORD.matcher(segment).matches() ? segment : "{id}");
        }
        return template.toString();
    }

    /** Labels the request's metrics with {@code template}. */
    static void label(HttpServerRequest request, String template) {
        if (request instanceof HttpServerRequestInternal internal && internal.context() != null) {
            internal.context().putLocal(URL_PATH_TEMPLATE, template);
        }
    }
}

package kz.gov.rehab.commons.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import jakarta.inject.Singleton;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Problem answers written straight on the HTTP layer (Vert.x), outside the REST layer's exception
 * mappers: the body in the caller's language ({@link ProblemTexts}) and its {@code Content-Language}.
 */
@Singleton
public class ProblemResponses {

    /** A problem document rendered in one language. */
    public record Rendered(Buffer body, String language) {
    }

    private final ObjectMapper json;

    public ProblemResponses(ObjectMapper json) {
        this.json = json;
    }

    /** The problem {@code slug} for the request's path, in the language its {@code Accept-Language} asks for. */
    public Rendered render(String acceptLanguage, int status, String slug, String title, String detail, String path,
            Object... detailArgs) {
        Locale language = ProblemTexts.language(acceptLanguage);
        Problem problem = ProblemTexts.translate(new Problem(Problem.type(slug), title, status, detail, instance(path),
                List.of(), Map.of()), language, detailArgs);
        try {
            return new Rendered(Buffer.buffer(json.writeValueAsBytes(problem)), ProblemTexts.tag(language));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Answers the request with the problem (status, media type, language) and ends the response. */
    public void end(HttpServerRequest request, int status, String slug, String title, String detail, Object... detailArgs) {
        Rendered rendered = render(request.getHeader(HttpHeaders.ACCEPT_LANGUAGE), status, slug, title, detail,
                request.path(), detailArgs);
        HttpServerResponse response = request.response();
        headers(response.setStatusCode(status), rendered).end(rendered.body());
    }

    /** Media type and language headers of a rendered problem. */
    public static HttpServerResponse headers(HttpServerResponse response, Rendered rendered) {
        return response.putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .putHeader(HttpHeaders.CONTENT_LANGUAGE, rendered.language())
                .putHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE);
    }

    private static URI instance(String path) {
        if (path == null || path.length() > 2048) {
            return null;
        }
        try {
            return URI.create(path);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}

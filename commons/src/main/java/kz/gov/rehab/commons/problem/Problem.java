package kz.gov.rehab.commons.problem;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.net.URI;
import java.util.List;
import java.util.Map;

/**
 * An RFC 9457 problem details document, the body of every error answer:
 * {@code type}, {@code title}, {@code status}, {@code detail}, {@code instance}, {@code violations}
 * for field errors, and extension members such as {@code currentState}.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(URI type, String title, int status, String detail, URI instance,
        List<Violation> violations, Map<String, Object> extensions) {

    public static final String MEDIA_TYPE = "application/problem+json";
    /** Base of the problem type URIs; each type is documented under this address. */
    public static final String TYPE_BASE = "https://rehab.gov.kz/problems/";

    /** One field that failed validation: the field's path in the request and what is wrong. */
    public record Violation(String field, String message) {
    }

    public static URI type(String slug) {
        return URI.create(TYPE_BASE + slug);
    }

    @Override
    @JsonAnyGetter
    public Map<String, Object> extensions() {
        return extensions;
    }
}

package kz.gov.rehab.gateway.problem;

import java.util.Map;

/** Ends a request with a problem+json answer; carries extra headers (e.g. Retry-After). */
public class GatewayProblemException extends RuntimeException {

    private final int status;
    private final String slug;
    private final String title;
    private final Map<String, String> headers;

    public GatewayProblemException(int status, String slug, String title, String detail) {
        this(status, slug, title, detail, Map.of());
    }

    public GatewayProblemException(int status, String slug, String title, String detail, Map<String, String> headers) {
        super(detail);
        this.status = status;
        this.slug = slug;
        this.title = title;
        this.headers = Map.copyOf(headers);
    }

    public int status() {
        return status;
    }

    public Problem problem(String instance) {
        return Problem.of(status, slug, title, getMessage(), instance);
    }

    public Map<String, String> headers() {
        return headers;
    }
}

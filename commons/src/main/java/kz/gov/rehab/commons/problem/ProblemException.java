package kz.gov.rehab.commons.problem;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kz.gov.rehab.commons.refusal.TransitionNotAllowed;

/**
 * An error of the HTTP edge answered as {@code application/problem+json}, status and all: thrown by
 * resources, filters and parameter readers ({@link StrictParameters}), which speak HTTP.
 * {@link ProblemExceptionMappers} turns it into the answer, and the transaction the request was in
 * rolls back, so nothing is half-written. Domain code throws a {@link kz.gov.rehab.commons.refusal.Refusal}
 * instead, which names what happened and leaves the status to the edge.
 */
public class ProblemException extends RuntimeException {

    private final int status;
    private final String type;
    private final String title;
    private final List<Problem.Violation> violations;
    private final Map<String, Object> extensions = new LinkedHashMap<>();
    private final Map<String, String> headers = new LinkedHashMap<>();
    private Object[] detailArgs = new Object[0];

    public ProblemException(int status, String type, String title, String detail) {
        this(status, type, title, detail, List.of());
    }

    public ProblemException(int status, String type, String title, String detail, List<Problem.Violation> violations) {
        super(detail);
        this.status = status;
        this.type = type;
        this.title = title;
        this.violations = List.copyOf(violations);
    }

    /** 400: the request itself is wrong (field errors go in {@code violations}). */
    public static ProblemException badRequest(String detail, List<Problem.Violation> violations) {
        return new ProblemException(400, "invalid-request", "The request is not valid", detail, violations);
    }

    /** 404: no such resource (or one the caller may not know of: the answer is the same). */
    public static ProblemException notFound(String detail) {
        return new ProblemException(404, "not-found", "Not found", detail);
    }

    /** The transition is not allowed from the state the resource is in now (a domain refusal, 409). */
    public static TransitionNotAllowed notAllowedInState(String action, Object currentState) {
        return new TransitionNotAllowed(action, currentState);
    }

    /** 422: the request is well-formed but breaks a rule of the law. */
    public static ProblemException ruleViolated(String type, String title, String detail) {
        return new ProblemException(422, type, title, detail);
    }

    /** Adds an extension member to the problem document (e.g. {@code currentState}). */
    public ProblemException with(String member, Object value) {
        extensions.put(member, value);
        return this;
    }

    /** Adds a response header (e.g. {@code Retry-After}). */
    public ProblemException withHeader(String name, String value) {
        headers.put(name, value);
        return this;
    }

    /**
     * The values of the detail, for the detail pattern of the problem type in the caller's language
     * ({@link ProblemTexts}); the English detail of the code stays where a language has no pattern.
     */
    public ProblemException withDetailArgs(Object... args) {
        detailArgs = args.clone();
        return this;
    }

    public Object[] detailArgs() {
        return detailArgs.clone();
    }

    public int status() {
        return status;
    }

    public String type() {
        return type;
    }

    public String title() {
        return title;
    }

    public List<Problem.Violation> violations() {
        return violations;
    }

    public Map<String, Object> extensions() {
        return extensions;
    }

    public Map<String, String> headers() {
        return headers;
    }
}

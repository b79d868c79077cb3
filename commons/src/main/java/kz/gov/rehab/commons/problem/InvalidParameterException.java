package kz.gov.rehab.commons.problem;

import jakarta.ws.rs.WebApplicationException;

/**
 * A query, path or header parameter whose value cannot be read as its type: answered 400
 * {@code invalid-request} with a violation whose {@code field} is the parameter's name. A
 * {@link WebApplicationException}, so that the REST layer passes it on unchanged instead of turning
 * it into a 404.
 */
public class InvalidParameterException extends WebApplicationException {

    private final String kind;
    private final Problem.Violation violation;

    public InvalidParameterException(String kind, String name, String message) {
        super(kind + " parameter '" + name + "': " + message, 400);
        this.kind = kind;
        this.violation = new Problem.Violation(name, message);
    }

    /** {@code query}, {@code path}, {@code header}, ... */
    public String kind() {
        return kind;
    }

    public Problem.Violation violation() {
        return violation;
    }
}

package kz.gov.rehab.commons.refusal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Why the service will not do what it was asked, said in the domain's words and knowing nothing
 * of HTTP. Domain code throws one of the kinds of this package (or a subclass of one);
 * the REST edge ({@code commons.problem.ProblemExceptionMappers}) maps the kind to the status and
 * writes the {@code application/problem+json} answer, and the transaction the use case was in rolls
 * back, so nothing is half-written.
 *
 * <p>A refusal carries the problem {@code type} (a slug under {@code https://rehab.gov.kz/problems/}),
 * a title and a detail in English, the fields it is about ({@link Violation}), the values of the detail for its Kazakh and Russian patterns
 * ({@code problems/ProblemTexts*.properties}), and extension members such as {@code currentState}.
 *
 * <p>The kinds are the subclasses of this package; their constructor is the only way to a refusal,
 * so every refusal is one of them:
 * <ul>
 * <li>{@link NotFound}: no such thing (or one the caller may not know of);</li>
 * <li>{@link InvalidInput}: what was sent is not well-formed, field by field;</li>
 * <li>{@link RuleBroken}: well-formed, but a rule of the law or of the service forbids it;</li>
 * <li>{@link StateConflict}: not possible in the state the thing is in now (a transition, a stale version, a duplicate);</li>
 * <li>{@link NotPermitted}: this caller may not do it;</li>
 * <li>{@link Unavailable}: a system or a setting the use case needs is missing now; it may work later;</li>
 * <li>{@link NotOffered}: what was asked for exists, but not in the form asked for;</li>
 * <li>{@link PartnerRejected}: another system rejected what this service sent it;</li>
 * <li>{@link Malfunction}: a failure that is no fault of the caller.</li>
 * </ul>
 */
public abstract class Refusal extends RuntimeException {

    private final String type;
    private final String title;
    private final List<Violation> violations;
    private final Map<String, Object> extensions = new LinkedHashMap<>();
    private Object[] detailArgs = new Object[0];

    Refusal(String type, String title, String detail) {
        this(type, title, detail, List.of());
    }

    Refusal(String type, String title, String detail, List<Violation> violations) {
        super(detail);
        this.type = type;
        this.title = title;
        this.violations = List.copyOf(violations);
    }

    /** Adds an extension member to the refusal (e.g. {@code currentState}). */
    public Refusal with(String member, Object value) {
        extensions.put(member, value);
        return this;
    }

    /**
     * The values of the detail, for the detail pattern of the type in the caller's language; the
     * English detail stays where a language has no pattern.
     */
    public Refusal withDetailArgs(Object... args) {
        detailArgs = args.clone();
        return this;
    }

    /** The problem type's slug, e.g. {@code transition-not-allowed}. */
    public String type() {
        return type;
    }

    public String title() {
        return title;
    }

    /** What happened, in English. */
    public String detail() {
        return getMessage();
    }

    /** The fields the refusal is about, each with what is wrong (empty when it is about no field). */
    public List<Violation> violations() {
        return violations;
    }

    public Map<String, Object> extensions() {
        return extensions;
    }

    public Object[] detailArgs() {
        return detailArgs.clone();
    }
}

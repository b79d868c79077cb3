package kz.gov.rehab.commons.refusal;

import java.util.List;

/** What was sent is not well-formed: each wrong field named in a {@link Violation}. */
public class InvalidInput extends Refusal {

    /** The plain kind: type {@code invalid-request}. */
    public InvalidInput(String detail, List<Violation> violations) {
        this("invalid-request", "The request is not valid", detail, violations);
    }

    public InvalidInput(String type, String title, String detail, List<Violation> violations) {
        super(type, title, detail, violations);
    }
}

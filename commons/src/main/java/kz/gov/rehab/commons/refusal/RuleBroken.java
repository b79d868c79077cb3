package kz.gov.rehab.commons.refusal;

import java.util.List;

/** Well-formed, but a rule of the law (or of the service's standard) forbids it. */
public class RuleBroken extends Refusal {

    public RuleBroken(String type, String title, String detail) {
        super(type, title, detail);
    }

    /** A rule broken by what these fields hold. */
    public RuleBroken(String type, String title, String detail, List<Violation> violations) {
        super(type, title, detail, violations);
    }
}

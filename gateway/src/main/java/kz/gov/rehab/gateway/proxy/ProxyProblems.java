package kz.gov.rehab.gateway.proxy;

import jakarta.inject.Singleton;
import kz.gov.rehab.commons.problem.ProblemResponses;

/** RFC 9457 bodies of the answers the gateway gives itself on proxied routes, in the caller's language. */
@Singleton
public class ProxyProblems {

    private final ProblemResponses problems;

    public ProxyProblems(ProblemResponses problems) {
        this.problems = problems;
    }

    /**
     * The problem for the request's path in the language its {@code Accept-Language} asks for; the
     * English {@code detail} is used where the language has no detail pattern for the type.
     */
    public ProblemResponses.Rendered body(String acceptLanguage, int status, String slug, String title, String detail,
            String path, Object... detailArgs) {
        return problems.render(acceptLanguage, status, slug, title, detail, path, detailArgs);
    }
}

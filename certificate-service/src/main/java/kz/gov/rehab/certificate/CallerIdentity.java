package kz.gov.rehab.certificate;

import jakarta.enterprise.context.RequestScoped;
import java.util.List;
import kz.gov.rehab.commons.problem.ProblemException;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** Reads the caller from the token the gateway forwarded (architecture.md "Identities"). */
@RequestScoped
public class CallerIdentity {

    /** Claim in which the gateway puts the caller's organisation code. */
    public static final String ORGANISATION_CLAIM = "org";

    private final JsonWebToken token;

    public CallerIdentity(JsonWebToken token) {
        this.token = token;
    }

    /** The caller acting in the first of {@code roles} it holds. */
    public Caller actingAs(String... roles) {
        String role = List.of(roles).stream().filter(token.getGroups()::contains).findFirst().orElse(roles[0]);
        Object org = token.getClaim(ORGANISATION_CLAIM);
        return new Caller(token.getName(), role, org == null ? null : org.toString());
    }

    /** The caller's organisation, required (an akimat sees only its own applications). */
    public String organisation() {
        Object org = token.getClaim(ORGANISATION_CLAIM);
        if (org == null || org.toString().isBlank()) {
            throw new ProblemException(403, "no-organisation", "Forbidden",
                    "The caller's credentials are not bound to an organisation");
        }
        return org.toString();
    }
}

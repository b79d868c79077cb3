package kz.gov.rehab.commons.caller;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import java.util.List;
import kz.gov.rehab.commons.refusal.NotPermitted;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The caller of the current request, read from the token the gateway forwarded (architecture.md
 * "Identities"): the calling system as the token's name, its roles as groups, and the
 * organisation it is bound to in the claim {@value #ORGANISATION_CLAIM}. The one way every service
 * learns who calls it.
 */
@RequestScoped
public class CallerIdentity {

    /** Claim in which the gateway puts the caller's organisation code. */
    public static final String ORGANISATION_CLAIM = "org";

    private final SecurityIdentity identity;

    public CallerIdentity(SecurityIdentity identity) {
        this.identity = identity;
    }

    /** The calling system's id (the token's name), e.g. {@code compensation-officer-01}. */
    public String name() {
        return identity.getPrincipal().getName();
    }

    /** The caller acting in the first of {@code roles} it holds. */
    public Caller actingAs(String... roles) {
        String role = List.of(roles).stream().filter(identity::hasRole).findFirst().orElse(roles[0]);
        return new Caller(name(), role, boundOrganisation());
    }

    /** The caller's organisation, required (an akimat sees only its own applications): refused without one. */
    public String organisation() {
        String organisation = boundOrganisation();
        if (organisation == null) {
            throw new NotPermitted("no-organisation", "Forbidden",
                    "The caller's credentials are not bound to an organisation");
        }
        return organisation;
    }

    /** The organisation the gateway bound to the caller's credentials, or {@code null} when none. */
    public String boundOrganisation() {
        Object claim = identity.getPrincipal() instanceof JsonWebToken token ? token.getClaim(ORGANISATION_CLAIM) : null;
        if (claim == null) {
            return null;
        }
        // A JSON string claim may come back with its quotes.
        String organisation = claim.toString().replace("\"", "").trim();
        return organisation.isEmpty() ? null : organisation;
    }
}

package kz.gov.rehab.gateway.caller;

import java.util.Optional;
import java.util.Set;

/**
 * A government system that calls through the gateway: its id, its roles, and where relevant the
 * organisation it acts for (an akimat's KATO code, a State Corporation branch number).
 */
public record CallingSystem(String id, Set<String> roles, Optional<String> organisation) {

    public CallingSystem {
        roles = Set.copyOf(roles);
    }

    public boolean hasAnyRole(Set<String> allowed) {
        for (String role : roles) {
            if (allowed.contains(role)) {
                return true;
            }
        }
        return false;
    }
}

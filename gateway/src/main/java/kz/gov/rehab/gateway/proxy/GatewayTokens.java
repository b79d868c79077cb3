package kz.gov.rehab.gateway.proxy;

import kz.gov.rehab.commons.time.ServiceClock;
import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import io.smallrye.jwt.util.KeyUtils;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import kz.gov.rehab.gateway.caller.CallingSystem;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The identity the gateway forwards to a service (docs/architecture.md, "Identities"): an RS256 JWT,
 * issuer {@value #ISSUER}, {@code sub}/{@code upn} = system id, {@code groups} = roles, {@code org} =
 * organisation, valid {@value #LIFETIME_SECONDS} s. A token depends only on the calling system, so
 * one is signed per system and reused for half its lifetime: signing stays off the hot path.
 */
@Singleton
public class GatewayTokens {

    public static final String ISSUER = "https://gateway.rehab.gov.kz";
    static final long LIFETIME_SECONDS = 60;
    private static final Duration REUSE = Duration.ofSeconds(LIFETIME_SECONDS / 2);

    private final PrivateKey key;
    private final Map<String, Token> tokens = new ConcurrentHashMap<>();

    /** A token as the {@code Authorization} header value it is sent in. */
    private record Token(String authorization, Instant renewAfter) {
    }

    private final ServiceClock clock;

    public GatewayTokens(@ConfigProperty(name = "smallrye.jwt.sign.key.location") String keyLocation, ServiceClock clock) {
        this.clock = clock;
        try {
            this.key = KeyUtils.decodePrivateKey(Files.readString(Path.of(keyLocation.replaceFirst("^file:", ""))));
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("Cannot read the gateway's JWT signing key from " + keyLocation
                    + " (SMALLRYE_JWT_SIGN_KEY_LOCATION; scripts/apps.sh makes one in .local/keys)", e);
        }
    }

    /** {@code Bearer <a valid token for system>} (signed now or reused), the forwarded request's {@code Authorization}. */
    public String authorizationFor(CallingSystem system) {
        return token(system).authorization();
    }

    /** The system's current token, read without a lock while it is not due for renewal. */
    private Token token(CallingSystem system) {
        Instant now = clock.instant();
        Token current = tokens.get(system.id());
        if (current != null && now.isBefore(current.renewAfter())) {
            return current;
        }
        return tokens.compute(system.id(), (id, token) -> token != null && now.isBefore(token.renewAfter())
                ? token
                : new Token("Bearer " + sign(system), now.plus(REUSE)));
    }

    private String sign(CallingSystem system) {
        JwtClaimsBuilder claims = Jwt.issuer(ISSUER)
                .subject(system.id())
                .upn(system.id())
                .groups(system.roles())
                .expiresIn(LIFETIME_SECONDS);
        system.organisation().ifPresent(organisation -> claims.claim("org", organisation));
        return claims.jws().sign(key);
    }
}

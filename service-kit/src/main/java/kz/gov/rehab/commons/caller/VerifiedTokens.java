package kz.gov.rehab.commons.caller;

import io.smallrye.jwt.auth.principal.DefaultJWTParser;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import javax.crypto.SecretKey;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jose4j.jwt.NumericDate;

/**
 * The gateway's identity token (docs/architecture.md, "Identities") is verified once, not on every
 * request. The gateway signs one token per calling system and sends it for half of its 60 s life,
 * so a service sees the same few tokens thousands of times; verifying the RS256 signature each time
 * took a tenth of a service's CPU. A token whose signature and claims were verified is kept until
 * its {@code exp}, and only an identical token string is answered from here: any other string,
 * and this one after its expiry, is verified in full again by the MicroProfile JWT parser.
 *
 * <p>The expiry is measured on the JWT library's own time ({@link NumericDate#now()}), the clock the
 * parser itself checks {@code exp} against, not on the service clock: it is a property of the token,
 * not a date of the law. Without the parser's clock skew, so a kept token never outlives what the
 * parser would accept.
 */
@Alternative
@Priority(1)
@ApplicationScoped
public class VerifiedTokens implements JWTParser {

    /** Kept tokens beyond which expired ones are dropped (one live token per calling system is usual). */
    private static final int MAX_KEPT = 1024;

    private record Verified(JsonWebToken token, long validUntilNanos) {
    }

    private final DefaultJWTParser parser;
    private final Map<String, Verified> verified = new ConcurrentHashMap<>();

    VerifiedTokens(DefaultJWTParser parser) {
        this.parser = parser;
    }

    @Override
    public JsonWebToken parse(String bearerToken) throws ParseException {
        long now = System.nanoTime();
        Verified known = verified.get(bearerToken);
        if (known != null && now - known.validUntilNanos() < 0) {
            return known.token();
        }
        JsonWebToken token = parser.parse(bearerToken);
        long secondsLeft = token.getExpirationTime() - NumericDate.now().getValue();
        if (secondsLeft > 0) {
            if (verified.size() >= MAX_KEPT) {
                verified.values().removeIf(entry -> now - entry.validUntilNanos() >= 0);
                if (verified.size() >= MAX_KEPT) {
                    verified.clear();
                }
            }
            verified.put(bearerToken, new Verified(token, now + TimeUnit.SECONDS.toNanos(secondsLeft)));
        }
        return token;
    }

    @Override
    public JsonWebToken parse(String bearerToken, JWTAuthContextInfo context) throws ParseException {
        return parser.parse(bearerToken, context);
    }

    @Override
    public JsonWebToken verify(String bearerToken, PublicKey key) throws ParseException {
        return parser.verify(bearerToken, key);
    }

    @Override
    public JsonWebToken verify(String bearerToken, SecretKey key) throws ParseException {
        return parser.verify(bearerToken, key);
    }

    @Override
    public JsonWebToken verify(String bearerToken, String secret) throws ParseException {
        return parser.verify(bearerToken, secret);
    }

    @Override
    public JsonWebToken decrypt(String bearerToken, PrivateKey key) throws ParseException {
        return parser.decrypt(bearerToken, key);
    }

    @Override
    public JsonWebToken decrypt(String bearerToken, SecretKey key) throws ParseException {
        return parser.decrypt(bearerToken, key);
    }

    @Override
    public JsonWebToken decrypt(String bearerToken, String secret) throws ParseException {
        return parser.decrypt(bearerToken, secret);
    }

    @Override
    public JsonWebToken parseOnly(String bearerToken) throws ParseException {
        return parser.parseOnly(bearerToken);
    }
}

package kz.gov.rehab.commons.caller;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.smallrye.jwt.auth.principal.DefaultJWTParser;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.ParseException;
import io.smallrye.jwt.build.Jwt;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPublicKey;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A verified gateway token is answered without verifying its signature again, and only while the
 * token itself is valid; anything else goes through the MicroProfile JWT parser in full.
 */
class VerifiedTokensTest {

    private static final String ISSUER = "https://gateway.rehab.gov.kz";
    private static KeyPair gateway;

    /** The real parser, counting the tokens it verifies. */
    static class CountingParser extends DefaultJWTParser {
        final AtomicInteger verified = new AtomicInteger();

        CountingParser(JWTAuthContextInfo context) {
            super(context);
        }

        @Override
        public JsonWebToken parse(String token) throws ParseException {
            verified.incrementAndGet();
            return super.parse(token);
        }
    }

    @BeforeAll
    static void gatewayKey() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        gateway = generator.generateKeyPair();
    }

    private static CountingParser parser() {
        return new CountingParser(new JWTAuthContextInfo((RSAPublicKey) gateway.getPublic(), ISSUER));
    }

    private static String token(Instant expires) {
        return Jwt.issuer(ISSUER).subject("state-corporation-01").upn("state-corporation-01")
                .groups(Set.of("state-corporation")).issuedAt(expires.minusSeconds(60)).expiresAt(expires)
                .jws().sign(gateway.getPrivate());
    }

    @Test
    void aValidTokenIsVerifiedOnceAndThenRecognised() throws Exception {
        CountingParser parser = parser();
        VerifiedTokens tokens = new VerifiedTokens(parser);
        String bearer = token(Instant.now().plusSeconds(60));

        JsonWebToken first = tokens.parse(bearer);
        JsonWebToken again = tokens.parse(bearer);

        assertSame(first, again);
        assertEquals(Set.of("state-corporation"), again.getGroups());
        assertEquals(1, parser.verified.get(), "the signature is checked once");
    }

    @Test
    void aTamperedTokenIsVerifiedAndRefusedEvenNextToAVerifiedOne() throws Exception {
        CountingParser parser = parser();
        VerifiedTokens tokens = new VerifiedTokens(parser);
        String bearer = token(Instant.now().plusSeconds(60));
        tokens.parse(bearer);

        String[] parts = bearer.split("\\.");
        String otherClaims = token(Instant.now().plusSeconds(3600)).split("\\.")[1];
        String tampered = parts[0] + "." + otherClaims + "." + parts[2];

        assertThrows(ParseException.class, () -> tokens.parse(tampered));
        assertEquals(2, parser.verified.get());
    }

    @Test
    void aTokenPastItsExpiryIsNeverKept() throws Exception {
        CountingParser parser = parser();
        VerifiedTokens tokens = new VerifiedTokens(parser);
        // within the parser's allowed clock skew (60 s): the parser still accepts it, each time anew
        String lateButAccepted = token(Instant.now().minusSeconds(10));
        tokens.parse(lateButAccepted);
        tokens.parse(lateButAccepted);
        assertEquals(2, parser.verified.get(), "an expired token is verified on every request");

        String expired = token(Instant.now().minusSeconds(600));
        assertThrows(ParseException.class, () -> tokens.parse(expired));
        assertThrows(ParseException.class, () -> tokens.parse(expired));
    }
}

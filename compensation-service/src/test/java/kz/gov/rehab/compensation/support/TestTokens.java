package kz.gov.rehab.compensation.support;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.smallrye.jwt.build.Jwt;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Map;
import java.util.Set;

/**
 * Tokens shaped like the ones the gateway forwards (architecture.md "Identities"): RS256, issuer
 * {@code https://gateway.rehab.gov.kz}, {@code upn} = calling user or system, {@code groups} = roles.
 * The key pair is made for the test run; the service under test trusts its public half.
 */
public class TestTokens implements QuarkusTestResourceLifecycleManager {

    static final Path DIR = Path.of("target", "test-gateway-keys");
    static final Path PRIVATE = DIR.resolve("private.pem");
    static final Path PUBLIC = DIR.resolve("public.pem");

    @Override
    public Map<String, String> start() {
        ensureKeys();
        return Map.of("mp.jwt.verify.publickey.location", PUBLIC.toAbsolutePath().toString());
    }

    @Override
    public void stop() {
    }

    public static String token(String user, String... roles) {
        ensureKeys();
        return Jwt.issuer("https://gateway.rehab.gov.kz").upn(user).subject(user).groups(Set.of(roles)).expiresIn(300)
                .jws().sign(PRIVATE.toAbsolutePath().toString());
    }

    public static String officer() {
        return token("officer-astana-1", "compensation-officer");
    }

    public static String paymentOperator(String user) {
        return token(user, "payment-operator");
    }

    public static String egovPortal() {
        return token("egov-portal", "egov-portal");
    }

    private static synchronized void ensureKeys() {
        if (Files.exists(PRIVATE) && Files.exists(PUBLIC)) {
            return;
        }
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair pair = generator.generateKeyPair();
            Files.createDirectories(DIR);
            Files.writeString(PRIVATE, pem("PRIVATE KEY", pair.getPrivate().getEncoded()));
            Files.writeString(PUBLIC, pem("PUBLIC KEY", pair.getPublic().getEncoded()));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n" + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(der)
                + "\n-----END " + type + "-----\n";
    }
}

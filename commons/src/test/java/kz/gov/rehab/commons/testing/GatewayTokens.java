package kz.gov.rehab.commons.testing;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Set;

/**
 * Tokens as the gateway forwards them (docs/architecture.md, "Identities"): RS256, issuer
 * {@value #ISSUER}, {@code sub}/{@code upn} = system id, {@code groups} = roles, {@code org} =
 * organisation code, 60 s lifetime. The key pair is made once per test JVM in a temporary directory.
 *
 * <pre>
 * given().header("Authorization", GatewayTokens.bearer("akimat-astana", "710000000", "akimat"))
 * </pre>
 */
public final class GatewayTokens {

    public static final String ISSUER = "https://gateway.rehab.gov.kz";

    private static KeyPair keys;
    private static Path directory;

    private GatewayTokens() {
    }

    /** A signed token for {@code systemId} with {@code roles}; {@code organisation} may be null. */
    public static String mint(String systemId, String organisation, String... roles) {
        JwtClaimsBuilder claims = Jwt.issuer(ISSUER)
                .subject(systemId)
                .upn(systemId)
                .groups(Set.of(roles))
                .expiresIn(60);
        if (organisation != null) {
            claims.claim("org", organisation);
        }
        return claims.jws().sign(keyPair().getPrivate());
    }

    /** {@code "Bearer " + mint(...)}, for the Authorization header. */
    public static String bearer(String systemId, String organisation, String... roles) {
        return "Bearer " + mint(systemId, organisation, roles);
    }

    /** PEM file of the public key, for {@code mp.jwt.verify.publickey.location}. */
    public static synchronized Path publicKeyPem() {
        keyPair();
        return directory.resolve("gateway-jwt-public.pem");
    }

    /** PEM file of the private key, for the gateway's {@code smallrye.jwt.sign.key.location}. */
    public static synchronized Path privateKeyPem() {
        keyPair();
        return directory.resolve("gateway-jwt-private.pem");
    }

    private static synchronized KeyPair keyPair() {
        if (keys == null) {
            try {
                KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
                generator.initialize(2048);
                keys = generator.generateKeyPair();
                directory = Files.createTempDirectory("gateway-jwt");
                directory.toFile().deleteOnExit();
                write(directory.resolve("gateway-jwt-public.pem"), "PUBLIC KEY", keys.getPublic().getEncoded());
                write(directory.resolve("gateway-jwt-private.pem"), "PRIVATE KEY", keys.getPrivate().getEncoded());
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return keys;
    }

    private static void write(Path file, String type, byte[] der) throws IOException {
        String body = Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(der);
        Files.writeString(file, "-----BEGIN " + type + "-----\n" + body + "\n-----END " + type + "-----\n");
        file.toFile().deleteOnExit();
    }
}

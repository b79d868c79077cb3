package kz.gov.rehab.commons.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/**
 * Lets a service verify tokens minted by {@link GatewayTokens}, without starting the gateway. For a
 * service test that also reads the registries, use {@link EgovGatewayResource} instead (it does this
 * too).
 *
 * <pre>
 * &#64;QuarkusTest
 * &#64;QuarkusTestResource(value = GatewayJwtResource.class, restrictToAnnotatedClass = false)
 * class CertificateApplicationTest { ... }
 * </pre>
 */
public class GatewayJwtResource implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        return jwtVerification();
    }

    @Override
    public void stop() {
    }

    static Map<String, String> jwtVerification() {
        return Map.of(
                "mp.jwt.verify.publickey.location", GatewayTokens.publicKeyPem().toUri().toString(),
                "mp.jwt.verify.issuer", GatewayTokens.ISSUER);
    }
}

package kz.gov.rehab.certificate.support;

import io.quarkus.test.common.QuarkusTestResource;
import kz.gov.rehab.commons.testing.EgovGatewayResource;

/**
 * Tokens as the gateway forwards them (architecture.md "Identities"), for the callers of this
 * service's tests. Every test of the module runs against the real gateway process
 * ({@link EgovGatewayResource}): its registries answer the service's lookups, and the service trusts
 * the key that signs these tokens.
 */
@QuarkusTestResource(value = EgovGatewayResource.class, restrictToAnnotatedClass = false)
public final class GatewayTokens {

    private GatewayTokens() {
    }

    public static String token(String system, String org, String... roles) {
        return kz.gov.rehab.commons.testing.GatewayTokens.mint(system, org, roles);
    }

    public static String stateCorporation(String branch) {
        return token("state-corporation-" + branch, branch, "state-corporation");
    }

    public static String akimat(String akimatCode) {
        return token("akimat-" + akimatCode, akimatCode, "akimat");
    }
}

package kz.gov.rehab.gateway.ministry;

import io.smallrye.config.ConfigMapping;
import java.nio.file.Path;
import java.util.Optional;

/** The simulated Ministry's reception of signed reports. */
@ConfigMapping(prefix = "ministry")
public interface MinistryConfig {

    /**
     * PEM file with one or more CA certificates whose signers the Ministry trusts
     * ({@code MINISTRY_TRUST_ANCHORS}; scripts/apps.sh makes a local one). Missing or unreadable:
     * the gateway starts, and submissions are answered 503 until the file is there.
     */
    Optional<Path> trustAnchors();

    /**
     * Name of a JCA provider registered with {@link java.security.Security} that checks the
     * signatures (the national CA's GOST algorithms need one); not set: BouncyCastle.
     */
    Optional<String> signatureProvider();
}

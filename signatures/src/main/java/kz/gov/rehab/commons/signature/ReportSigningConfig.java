package kz.gov.rehab.commons.signature;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The signing key of a service that signs what it submits (R2), read by {@link ReportSigning}.
 * Environment: {@code REPORT_SIGNING_KEY_FILE}, {@code REPORT_SIGNING_CERTIFICATE_CHAIN_FILE},
 * {@code REPORT_SIGNING_ALGORITHM}, {@code REPORT_SIGNING_PROVIDER}.
 */
@ConfigMapping(prefix = "report-signing")
public interface ReportSigningConfig {

    /** Unencrypted PKCS#8 PEM private key. Not set: the service starts, signing answers 503. */
    Optional<Path> keyFile();

    /** PEM certificates: the signer's certificate first, then the authorities that issued it. */
    Optional<Path> certificateChainFile();

    /** JCA signature algorithm, e.g. {@code SHA256withRSA}, {@code SHA256withECDSA}. */
    @WithDefault(SigningCredentials.DEFAULT_ALGORITHM)
    String algorithm();

    /**
     * Name of a JCA provider registered with {@link java.security.Security} that implements the
     * algorithm (the national CA's GOST algorithms need one); not set: BouncyCastle.
     */
    Optional<String> provider();
}

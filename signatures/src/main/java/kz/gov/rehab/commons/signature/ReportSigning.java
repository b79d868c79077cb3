package kz.gov.rehab.commons.signature;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.file.Path;
import java.util.Optional;
import kz.gov.rehab.commons.refusal.Unavailable;

/**
 * Signs documents with the configured key ({@link ReportSigningConfig}). The key is read on first
 * use, so a service without a key still starts; until the key is there every signing attempt
 * fails with {@link SigningKeyNotConfiguredException} (unavailable: 503 at the edge), and the next attempt
 * reads the files again.
 */
@ApplicationScoped
public class ReportSigning {

    private final ReportSigningConfig config;
    private volatile SigningCredentials credentials;

    public ReportSigning(ReportSigningConfig config) {
        this.config = config;
    }

    /** A CMS detached signature (DER) of exactly these bytes, carrying the certificate chain. */
    public byte[] sign(byte[] document) {
        return credentials().sign(document);
    }

    /** The configured key and chain. */
    public SigningCredentials credentials() {
        SigningCredentials loaded = credentials;
        if (loaded == null) {
            synchronized (this) {
                if (credentials == null) {
                    credentials = load();
                }
                loaded = credentials;
            }
        }
        return loaded;
    }

    private SigningCredentials load() {
        Path key = required(config.keyFile(), "report-signing.key-file (REPORT_SIGNING_KEY_FILE)");
        Path chain = required(config.certificateChainFile(),
                "report-signing.certificate-chain-file (REPORT_SIGNING_CERTIFICATE_CHAIN_FILE)");
        try {
            return SigningCredentials.load(key, chain, config.algorithm(), config.provider().orElse(null));
        } catch (IllegalArgumentException e) {
            throw new SigningKeyNotConfiguredException(e.getMessage());
        }
    }

    private static Path required(Optional<Path> file, String property) {
        return file.orElseThrow(() -> new SigningKeyNotConfiguredException(property + " is not set"));
    }

    /** This service has no usable signing key (yet): signing is unavailable until one is installed. */
    public static final class SigningKeyNotConfiguredException extends Unavailable {

        public SigningKeyNotConfiguredException(String detail) {
            super("signing-key-not-configured", "Signing key not configured", "Signing key not configured: " + detail);
        }
    }
}

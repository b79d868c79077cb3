package kz.gov.rehab.gateway.ministry;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import kz.gov.rehab.commons.refusal.Unavailable;
import kz.gov.rehab.commons.signature.PemFiles;
import kz.gov.rehab.commons.signature.SignatureVerifier;
import org.eclipse.microprofile.context.ManagedExecutor;
import org.jboss.logging.Logger;

/**
 * The certification authorities whose signers the Ministry trusts ({@code ministry.trust-anchors}),
 * read at start; when the file is missing the gateway still starts, says so in its log, and reads
 * it again at the next submission.
 */
@ApplicationScoped
public class TrustAnchors {

    private static final Logger LOG = Logger.getLogger(TrustAnchors.class);

    private final MinistryConfig config;
    private volatile SignatureVerifier verifier;

    public TrustAnchors(MinistryConfig config) {
        this.config = config;
    }

    /**
     * Read beside the start, not on its thread: the first use of the signature library loads its
     * provider from a signed jar, which the JVM verifies class by class and cannot take from the
     * class-data-sharing archive (about half a second of the gateway's start, docs/benchmarks.md).
     * A submission meanwhile waits for the same read in {@link #verifier()}.
     */
    void readAtStart(@Observes StartupEvent start, ManagedExecutor executor) {
        executor.runAsync(this::read);
    }

    private void read() {
        try {
            verifier();
            LOG.infof("ministry: signed reports are verified against %s", config.trustAnchors().orElseThrow());
        } catch (Unavailable e) {
            LOG.warnf("ministry: %s; report submissions are answered 503 until it is there", e.getMessage());
        } catch (RuntimeException e) {
            LOG.errorf(e, "ministry: the trust anchors could not be read; the next submission tries again");
        }
    }

    /** The verifier for these anchors; unavailable when there are none. */
    public SignatureVerifier verifier() {
        SignatureVerifier loaded = verifier;
        if (loaded != null) {
            return loaded;
        }
        synchronized (this) {
            if (verifier == null) {
                verifier = load();
            }
            return verifier;
        }
    }

    private SignatureVerifier load() {
        String file = config.trustAnchors().map(Object::toString)
                .orElseThrow(() -> notConfigured("ministry.trust-anchors (MINISTRY_TRUST_ANCHORS) is not set"));
        try {
            return new SignatureVerifier(PemFiles.certificates(config.trustAnchors().get()),
                    config.signatureProvider().orElse(null));
        } catch (IllegalArgumentException e) {
            throw notConfigured(e.getMessage());
        }
    }

    private static Unavailable notConfigured(String detail) {
        return new Unavailable("trust-anchors-not-configured", "Trust anchors not configured",
                "The Ministry cannot verify signatures now: " + detail);
    }
}

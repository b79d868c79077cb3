package kz.gov.rehab.gateway.ministry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import kz.gov.rehab.commons.problem.ProblemExceptionMappers;
import kz.gov.rehab.commons.refusal.Unavailable;
import kz.gov.rehab.commons.testing.TestPki;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Without trust anchors the Ministry cannot verify (R2): it says so with a 503, and reads them once they are there. */
class TrustAnchorsTest {

    @Test
    void noAnchorsConfiguredIs503() {
        TrustAnchors anchors = new TrustAnchors(config(Optional.empty(), Optional.empty()));
        assertThatThrownBy(anchors::verifier).isInstanceOfSatisfying(Unavailable.class, e -> {
            assertThat(ProblemExceptionMappers.status(e)).isEqualTo(503);
            assertThat(e.type()).isEqualTo("trust-anchors-not-configured");
            assertThat(e.getMessage()).contains("MINISTRY_TRUST_ANCHORS");
        });
    }

    @Test
    void anchorsThatAppearLaterAreUsed(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("anchors.pem");
        TrustAnchors anchors = new TrustAnchors(config(Optional.of(file), Optional.empty()));
        assertThatThrownBy(anchors::verifier).isInstanceOfSatisfying(Unavailable.class,
                e -> assertThat(ProblemExceptionMappers.status(e)).isEqualTo(503));
        Files.writeString(file, "not a certificate");
        assertThatThrownBy(anchors::verifier).isInstanceOf(Unavailable.class);
        Files.writeString(file, TestPki.pem(TestPki.shared().trustAnchor(), TestPki.shared().untrustedAnchor()));
        assertThat(anchors.verifier()).isNotNull();
    }

    @Test
    void anUnknownSignatureProviderIs503NotARefusal() {
        TrustAnchors anchors = new TrustAnchors(config(Optional.of(TestPki.shared().files().trustAnchors()), Optional.of("NO-SUCH-PROVIDER")));
        assertThatThrownBy(anchors::verifier).isInstanceOfSatisfying(Unavailable.class, e -> {
            assertThat(ProblemExceptionMappers.status(e)).isEqualTo(503);
            assertThat(e.getMessage()).contains("NO-SUCH-PROVIDER");
        });
    }

    private static MinistryConfig config(Optional<Path> file, Optional<String> provider) {
        return new MinistryConfig() {
            @Override
            public Optional<Path> trustAnchors() {
                return file;
            }

            @Override
            public Optional<String> signatureProvider() {
                return provider;
            }
        };
    }
}

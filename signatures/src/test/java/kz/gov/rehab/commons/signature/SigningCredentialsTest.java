package kz.gov.rehab.commons.signature;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import kz.gov.rehab.commons.problem.ProblemExceptionMappers;
import kz.gov.rehab.commons.signature.ReportSigning.SigningKeyNotConfiguredException;
import kz.gov.rehab.commons.testing.TestPki;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** R2: the Centre signs with its key from PEM files; the algorithm is configuration. */
class SigningCredentialsTest {

    private static final byte[] REPORT = "{\"period\":\"2026-Q1\"}".getBytes(StandardCharsets.UTF_8);

    @Test
    void keyAndChainFromPemFilesMakeAVerifiableSignature_R2(@TempDir Path dir) {
        TestPki pki = TestPki.rsa();
        TestPki.PkiFiles files = pki.writeTo(dir);
        SigningCredentials loaded = SigningCredentials.load(files.centreKey(), files.centreChain(), "SHA256withRSA", null);
        assertEquals(pki.centre().chain(), loaded.chain());
        assertVerifies(pki, loaded.sign(REPORT));
    }

    @Test
    void ellipticCurveKeyWithItsAlgorithm_R2(@TempDir Path dir) {
        TestPki pki = TestPki.ec();
        TestPki.PkiFiles files = pki.writeTo(dir);
        assertVerifies(pki, SigningCredentials.load(files.centreKey(), files.centreChain(), "SHA256withECDSA", null).sign(REPORT));
    }

    @Test
    void opensslKeyFilesAreRead_R2(@TempDir Path dir) throws Exception {
        run(dir, "openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", "key.pem", "-out", "cert.pem",
                "-days", "1", "-subj", "/CN=Labour Resources Development Centre");
        SigningCredentials loaded = SigningCredentials.load(dir.resolve("key.pem"), dir.resolve("cert.pem"), "SHA256withRSA", null);
        assertInstanceOf(SignatureVerifier.Verdict.Valid.class,
                new SignatureVerifier(loaded.chain()).verify(REPORT, loaded.sign(REPORT), Instant.now()));
    }

    @Test
    void wrongFilesAreNamedInTheError(@TempDir Path dir) throws Exception {
        TestPki.PkiFiles files = TestPki.rsa().writeTo(dir);
        IllegalArgumentException swapped = assertThrows(IllegalArgumentException.class,
                () -> SigningCredentials.load(files.centreChain(), files.centreKey(), "SHA256withRSA", null));
        assertTrue(swapped.getMessage().contains("centre-chain.pem"), swapped.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> SigningCredentials.load(dir.resolve("missing.pem"), files.centreChain(), "SHA256withRSA", null));
        Files.writeString(dir.resolve("empty.pem"), "");
        assertThrows(IllegalArgumentException.class, () -> PemFiles.certificates(dir.resolve("empty.pem")));
    }

    @Test
    void withoutKeyFilesSigningAnswers503ButTheServiceStarts() {
        ReportSigning signing = new ReportSigning(config(Optional.empty(), Optional.empty()));
        SigningKeyNotConfiguredException refused = assertThrows(SigningKeyNotConfiguredException.class, () -> signing.sign(REPORT));
        assertEquals(503, ProblemExceptionMappers.status(refused));
        assertTrue(refused.getMessage().contains("REPORT_SIGNING_KEY_FILE"), refused.getMessage());
    }

    @Test
    void anUnregisteredProviderIs503(@TempDir Path dir) {
        TestPki.PkiFiles files = TestPki.rsa().writeTo(dir);
        ReportSigning signing = new ReportSigning(config(Optional.of(files.centreKey()), Optional.of(files.centreChain()),
                Optional.of("NO-SUCH-PROVIDER")));
        SigningKeyNotConfiguredException refused = assertThrows(SigningKeyNotConfiguredException.class, () -> signing.sign(REPORT));
        assertTrue(refused.getMessage().contains("NO-SUCH-PROVIDER"), refused.getMessage());
    }

    @Test
    void keyFilesThatAppearLaterAreUsed(@TempDir Path dir) {
        Path key = dir.resolve("centre-key.pem");
        Path chain = dir.resolve("centre-chain.pem");
        ReportSigning signing = new ReportSigning(config(Optional.of(key), Optional.of(chain)));
        assertThrows(SigningKeyNotConfiguredException.class, () -> signing.sign(REPORT));
        TestPki pki = TestPki.rsa();
        pki.writeTo(dir);
        assertVerifies(pki, signing.sign(REPORT));
    }

    private static void assertVerifies(TestPki pki, byte[] signature) {
        SignatureVerifier.Verdict verdict = new SignatureVerifier(List.of(pki.trustAnchor())).verify(REPORT, signature, Instant.now());
        assertInstanceOf(SignatureVerifier.Verdict.Valid.class, verdict, verdict::toString);
    }

    private static ReportSigningConfig config(Optional<Path> key, Optional<Path> chain) {
        return config(key, chain, Optional.empty());
    }

    private static ReportSigningConfig config(Optional<Path> key, Optional<Path> chain, Optional<String> provider) {
        return new ReportSigningConfig() {
            @Override
            public Optional<Path> keyFile() {
                return key;
            }

            @Override
            public Optional<Path> certificateChainFile() {
                return chain;
            }

            @Override
            public String algorithm() {
                return SigningCredentials.DEFAULT_ALGORITHM;
            }

            @Override
            public Optional<String> provider() {
                return provider;
            }
        };
    }

    private static void run(Path dir, String... command) throws Exception {
        Process process = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
        process.getInputStream().transferTo(java.io.OutputStream.nullOutputStream());
        assertEquals(0, process.waitFor(), String.join(" ", command));
    }
}

package kz.gov.rehab.commons.signature;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import kz.gov.rehab.commons.signature.SignatureVerifier.Reason;
import kz.gov.rehab.commons.signature.SignatureVerifier.Verdict;
import kz.gov.rehab.commons.testing.TestPki;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** R2: electronic submission "observing the procedures for verifying the electronic digital signature". */
class SignatureVerifierTest {

    private static final Instant NOW = Instant.now();
    private static final byte[] REPORT = "{\"quarter\":\"2026-Q1\",\"children\":12}".getBytes(StandardCharsets.UTF_8);

    private static final TestPki PKI = TestPki.rsa();
    private final SignatureVerifier verifier = new SignatureVerifier(List.of(PKI.trustAnchor()));

    @Test
    void validSignatureIsAccepted_R2() {
        byte[] signature = PKI.centre().sign(REPORT);
        Verdict verdict = verifier.verify(REPORT, signature, NOW);
        Verdict.Valid valid = assertInstanceOf(Verdict.Valid.class, verdict);
        assertTrue(valid.signer().contains("Labour Resources Development Centre"));
        assertEquals(PKI.centre().certificate().getSerialNumber().toString(16), valid.serialNumber());
    }

    @Test
    void certificateFromAnIntermediateAuthorityChainsToTheAnchor_R2() {
        SigningCredentials throughIntermediate = PKI.issueThroughIntermediate();
        Verdict verdict = verifier.verify(REPORT, throughIntermediate.sign(REPORT), NOW);
        assertInstanceOf(Verdict.Valid.class, verdict, verdict::toString);
        // without the intermediate in the signature the chain is broken
        SigningCredentials leafOnly = new SigningCredentials(throughIntermediate.key(), List.of(throughIntermediate.certificate()),
                throughIntermediate.algorithm());
        assertRefused(Reason.UNTRUSTED_SIGNER, verifier.verify(REPORT, leafOnly.sign(REPORT), NOW));
    }

    @Test
    void singleChangedByteIsRefusedAsTampered_R2() {
        byte[] signature = PKI.centre().sign(REPORT);
        byte[] changed = REPORT.clone();
        changed[changed.length - 3] ^= 1;
        assertRefused(Reason.TAMPERED, verifier.verify(changed, signature, NOW));
    }

    @Test
    void signatureByAnotherKeyIsRefused_R2() {
        byte[] signature = PKI.untrustedCentre().sign(REPORT);
        assertRefused(Reason.UNTRUSTED_SIGNER, verifier.verify(REPORT, signature, NOW));
    }

    @Test
    void selfSignedCertificateOfTheSameNameIsRefused_R2() {
        SigningCredentials untrusted = PKI.untrustedCentre();
        SigningCredentials withoutItsAuthority = new SigningCredentials(untrusted.key(), List.of(untrusted.certificate()),
                untrusted.algorithm());
        assertRefused(Reason.UNTRUSTED_SIGNER, verifier.verify(REPORT, withoutItsAuthority.sign(REPORT), NOW));
    }

    @Test
    void expiredCertificateIsRefused_R2() {
        byte[] signature = PKI.expiredCentre().sign(REPORT);
        assertRefused(Reason.CERTIFICATE_NOT_VALID, verifier.verify(REPORT, signature, NOW));
    }

    @Test
    void certificateNotYetValidIsRefused_R2() {
        SigningCredentials future = PKI.issue(NOW.plus(Duration.ofDays(1)), NOW.plus(Duration.ofDays(30)));
        assertRefused(Reason.CERTIFICATE_NOT_VALID, verifier.verify(REPORT, future.sign(REPORT), NOW));
    }

    @Test
    void signatureWithoutSignerIsRefused_R2() {
        assertRefused(Reason.UNSIGNED, verifier.verify(REPORT, PKI.withoutSigner(), NOW));
    }

    @Test
    void somethingThatIsNotASignatureIsRefused_R2() {
        assertRefused(Reason.MALFORMED, verifier.verify(REPORT, "not a signature".getBytes(StandardCharsets.UTF_8), NOW));
        assertRefused(Reason.MALFORMED, verifier.verify(REPORT, new byte[0], NOW));
    }

    @Test
    void ellipticCurveSignatureIsAcceptedToo_R2() {
        TestPki ec = TestPki.ec();
        byte[] signature = ec.centre().sign(REPORT);
        assertEquals("SHA256withECDSA", ec.centre().algorithm());
        Verdict verdict = new SignatureVerifier(List.of(ec.trustAnchor())).verify(REPORT, signature, NOW);
        assertInstanceOf(Verdict.Valid.class, verdict, verdict::toString);
    }

    /** The provider is configuration: a registered one (here BouncyCastle under its name "BC") is used by name. */
    @Test
    void aRegisteredProviderIsUsedByName_R2() {
        boolean added = java.security.Security.getProvider("BC") == null
                && java.security.Security.addProvider(new org.bouncycastle.jce.provider.BouncyCastleProvider()) > 0;
        try {
            SignatureVerifier byName = new SignatureVerifier(List.of(PKI.trustAnchor()), "BC");
            byte[] signature = DetachedSignatures.sign(REPORT, PKI.centre().key(), PKI.centre().chain(), "SHA256withRSA", "BC");
            assertInstanceOf(Verdict.Valid.class, byName.verify(REPORT, signature, NOW));
            assertRefused(Reason.TAMPERED, byName.verify("{}".getBytes(StandardCharsets.UTF_8), signature, NOW));
        } finally {
            if (added) {
                java.security.Security.removeProvider("BC");
            }
        }
        IllegalArgumentException unknown = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> new SignatureVerifier(List.of(PKI.trustAnchor()), "NO-SUCH-PROVIDER"));
        assertTrue(unknown.getMessage().contains("NO-SUCH-PROVIDER"));
    }

    /** docs/gateway.md: anyone can check a submission independently with openssl. */
    @Test
    void opensslVerifiesTheSameSignatureIndependently_R2(@TempDir Path dir) throws Exception {
        Files.write(dir.resolve("report.json"), REPORT);
        Files.write(dir.resolve("report.p7s"), PKI.centre().sign(REPORT));
        Files.writeString(dir.resolve("anchor.pem"), TestPki.pem(PKI.trustAnchor()));
        assertEquals(0, TestPki.opensslCmsVerify(dir.resolve("report.p7s"), dir.resolve("report.json"), dir.resolve("anchor.pem")));
        byte[] changed = REPORT.clone();
        changed[0] = ' ';
        Files.write(dir.resolve("changed.json"), changed);
        assertNotEquals(0, TestPki.opensslCmsVerify(dir.resolve("report.p7s"), dir.resolve("changed.json"), dir.resolve("anchor.pem")));
    }

    private static void assertRefused(Reason reason, Verdict verdict) {
        assertEquals(reason, assertInstanceOf(Verdict.Refused.class, verdict).reason());
    }
}

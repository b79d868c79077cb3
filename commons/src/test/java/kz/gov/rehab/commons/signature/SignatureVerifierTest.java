package kz.gov.rehab.commons.signature;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import kz.gov.rehab.commons.signature.SignatureVerifier.Reason;
import kz.gov.rehab.commons.signature.SignatureVerifier.Verdict;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.junit.jupiter.api.Test;

/** R2: electronic submission "observing the procedures for verifying the electronic digital signature". */
class SignatureVerifierTest {

    private static final Instant NOW = Instant.now();
    private static final byte[] REPORT = "{\"quarter\":\"2026-Q1\",\"children\":12}".getBytes(StandardCharsets.UTF_8);

    private final KeyPair authorityKeys = keys();
    private final X509Certificate authority = certificate("CN=Test national CA", authorityKeys.getPublic(), "CN=Test national CA",
            authorityKeys.getPrivate(), NOW.minus(Duration.ofDays(365)), NOW.plus(Duration.ofDays(3650)), true);
    private final KeyPair centreKeys = keys();
    private final X509Certificate centre = certificate("CN=Labour Resources Development Centre", centreKeys.getPublic(),
            "CN=Test national CA", authorityKeys.getPrivate(), NOW.minus(Duration.ofDays(30)), NOW.plus(Duration.ofDays(365)), false);
    private final SignatureVerifier verifier = new SignatureVerifier(List.of(authority));

    @Test
    void validSignatureIsAccepted_R2() {
        byte[] signature = DetachedSignatures.sign(REPORT, centreKeys.getPrivate(), List.of(centre), "SHA256withRSA");
        Verdict verdict = verifier.verify(REPORT, signature, NOW);
        Verdict.Valid valid = assertInstanceOf(Verdict.Valid.class, verdict);
        assertTrue(valid.signer().contains("Labour Resources Development Centre"));
    }

    @Test
    void singleChangedByteIsRefusedAsTampered_R2() {
        byte[] signature = DetachedSignatures.sign(REPORT, centreKeys.getPrivate(), List.of(centre), "SHA256withRSA");
        byte[] changed = REPORT.clone();
        changed[changed.length - 3] ^= 1;
        assertRefused(Reason.TAMPERED, verifier.verify(changed, signature, NOW));
    }

    @Test
    void signatureByAnotherKeyIsRefused_R2() {
        KeyPair strangerKeys = keys();
        X509Certificate stranger = certificate("CN=Labour Resources Development Centre", strangerKeys.getPublic(),
                "CN=Labour Resources Development Centre", strangerKeys.getPrivate(), NOW.minus(Duration.ofDays(1)),
                NOW.plus(Duration.ofDays(30)), false);
        byte[] signature = DetachedSignatures.sign(REPORT, strangerKeys.getPrivate(), List.of(stranger), "SHA256withRSA");
        assertRefused(Reason.UNTRUSTED_SIGNER, verifier.verify(REPORT, signature, NOW));
    }

    @Test
    void expiredCertificateIsRefused_R2() {
        X509Certificate expired = certificate("CN=Labour Resources Development Centre", centreKeys.getPublic(), "CN=Test national CA",
                authorityKeys.getPrivate(), NOW.minus(Duration.ofDays(400)), NOW.minus(Duration.ofDays(35)), false);
        byte[] signature = DetachedSignatures.sign(REPORT, centreKeys.getPrivate(), List.of(expired), "SHA256withRSA");
        assertRefused(Reason.CERTIFICATE_NOT_VALID, verifier.verify(REPORT, signature, NOW));
    }

    @Test
    void somethingThatIsNotASignatureIsRefused_R2() {
        assertRefused(Reason.MALFORMED, verifier.verify(REPORT, "not a signature".getBytes(StandardCharsets.UTF_8), NOW));
        assertRefused(Reason.MALFORMED, verifier.verify(REPORT, new byte[0], NOW));
    }

    @Test
    void ellipticCurveSignatureIsAcceptedToo_R2() {
        KeyPair ecKeys = keys("EC", 256);
        X509Certificate ecCentre = certificate("CN=Labour Resources Development Centre", ecKeys.getPublic(), "CN=Test national CA",
                authorityKeys.getPrivate(), NOW.minus(Duration.ofDays(1)), NOW.plus(Duration.ofDays(30)), false);
        byte[] signature = DetachedSignatures.sign(REPORT, ecKeys.getPrivate(), List.of(ecCentre), "SHA256withECDSA");
        Verdict verdict = verifier.verify(REPORT, signature, NOW);
        assertInstanceOf(Verdict.Valid.class, verdict, verdict::toString);
    }

    /** docs: anyone can check a submission independently with openssl. */
    @Test
    void opensslVerifiesTheSameSignatureIndependently_R2(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        byte[] signature = DetachedSignatures.sign(REPORT, centreKeys.getPrivate(), List.of(centre), "SHA256withRSA");
        java.nio.file.Files.write(dir.resolve("report.json"), REPORT);
        java.nio.file.Files.write(dir.resolve("report.p7s"), signature);
        java.nio.file.Files.writeString(dir.resolve("anchor.pem"), "-----BEGIN CERTIFICATE-----\n"
                + java.util.Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(authority.getEncoded())
                + "\n-----END CERTIFICATE-----\n");
        assertEquals(0, openssl(dir, "report.json"));
        byte[] changed = REPORT.clone();
        changed[0] = ' ';
        java.nio.file.Files.write(dir.resolve("changed.json"), changed);
        assertTrue(openssl(dir, "changed.json") != 0);
    }

    private static int openssl(java.nio.file.Path dir, String content) throws Exception {
        Process process = new ProcessBuilder("openssl", "cms", "-verify", "-binary", "-inform", "DER", "-in", "report.p7s",
                "-content", content, "-CAfile", "anchor.pem", "-purpose", "any", "-out", "/dev/null")
                .directory(dir.toFile()).redirectErrorStream(true).start();
        process.getInputStream().transferTo(java.io.OutputStream.nullOutputStream());
        return process.waitFor();
    }

    private static void assertRefused(Reason reason, Verdict verdict) {
        assertEquals(reason, assertInstanceOf(Verdict.Refused.class, verdict).reason());
    }

    private static KeyPair keys() {
        return keys("RSA", 2048);
    }

    private static KeyPair keys(String algorithm, int size) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance(algorithm);
            generator.initialize(size);
            return generator.generateKeyPair();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static X509Certificate certificate(String subject, PublicKey key, String issuer, PrivateKey issuerKey,
            Instant from, Instant to, boolean authority) {
        try {
            JcaX509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(new X500Name(issuer),
                    BigInteger.valueOf(System.nanoTime()), Date.from(from), Date.from(to), new X500Name(subject), key);
            builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(authority));
            builder.addExtension(Extension.keyUsage, true, new KeyUsage(authority
                    ? KeyUsage.keyCertSign | KeyUsage.cRLSign : KeyUsage.digitalSignature | KeyUsage.nonRepudiation));
            return new JcaX509CertificateConverter().getCertificate(
                    builder.build(new JcaContentSignerBuilder("SHA256withRSA").build(issuerKey)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}

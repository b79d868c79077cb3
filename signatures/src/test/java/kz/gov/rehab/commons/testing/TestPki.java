package kz.gov.rehab.commons.testing;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import kz.gov.rehab.commons.signature.SigningCredentials;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.openssl.jcajce.JcaPKCS8Generator;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * A small public-key infrastructure for tests of signed submissions (R2), made in memory:
 *
 * <ul>
 * <li>{@link #trustAnchor()}: the certification authority the receiver trusts;</li>
 * <li>{@link #centre()}: the Labour Resources Development Centre's key with a valid certificate
 * from that authority;</li>
 * <li>{@link #expiredCentre()}: the same kind of key with a certificate that expired 35 days ago;</li>
 * <li>{@link #untrustedCentre()}: a key with a certificate from another authority, which the
 * receiver does not trust ({@link #untrustedAnchor()}).</li>
 * </ul>
 *
 * {@link #writeTo(Path)} writes all of it as PEM files (private keys as PKCS#8, as
 * {@code openssl genpkey} does; chains signer first) so that an application under test can be
 * configured with them. {@link #shared()} is one instance per test JVM with its files in a
 * temporary directory, for a test resource and the test class to agree on.
 *
 * <pre>
 * TestPki pki = TestPki.shared();
 * byte[] signature = pki.centre().sign(document);
 * config: ministry.trust-anchors = pki.files().trustAnchors()
 * </pre>
 */
public final class TestPki {

    public static final String CENTRE = "CN=Labour Resources Development Centre,O=JSC Labour Resources Development Centre,C=KZ";
    public static final String AUTHORITY = "CN=Test national certification authority,C=KZ";
    public static final String OTHER_AUTHORITY = "CN=Some other certification authority,C=KZ";

    private static final AtomicLong SERIALS = new AtomicLong(System.currentTimeMillis());
    private static TestPki shared;

    private final String keyAlgorithm;
    private final KeyPair authorityKeys;
    private final X509Certificate authority;
    private final KeyPair otherAuthorityKeys;
    private final X509Certificate otherAuthority;
    private final SigningCredentials centre;
    private final SigningCredentials expiredCentre;
    private final SigningCredentials untrustedCentre;
    private PkiFiles files;

    private TestPki(String keyAlgorithm) {
        this.keyAlgorithm = keyAlgorithm;
        Instant now = Instant.now();
        authorityKeys = keys(keyAlgorithm);
        authority = certificate(AUTHORITY, authorityKeys, AUTHORITY, authorityKeys.getPrivate(),
                now.minus(Duration.ofDays(365)), now.plus(Duration.ofDays(3650)), true);
        otherAuthorityKeys = keys(keyAlgorithm);
        otherAuthority = certificate(OTHER_AUTHORITY, otherAuthorityKeys, OTHER_AUTHORITY, otherAuthorityKeys.getPrivate(),
                now.minus(Duration.ofDays(365)), now.plus(Duration.ofDays(3650)), true);
        centre = issue(now.minus(Duration.ofDays(30)), now.plus(Duration.ofDays(365)));
        expiredCentre = issue(now.minus(Duration.ofDays(400)), now.minus(Duration.ofDays(35)));
        KeyPair stranger = keys(keyAlgorithm);
        untrustedCentre = new SigningCredentials(stranger.getPrivate(), List.of(
                certificate(CENTRE, stranger, OTHER_AUTHORITY, otherAuthorityKeys.getPrivate(),
                        now.minus(Duration.ofDays(30)), now.plus(Duration.ofDays(365)), false),
                otherAuthority), signatureAlgorithm(keyAlgorithm));
    }

    /** A new PKI with RSA keys (2048 bits), signing with {@code SHA256withRSA}. */
    public static TestPki rsa() {
        return new TestPki("RSA");
    }

    /** A new PKI with elliptic-curve keys (P-256), signing with {@code SHA256withECDSA}. */
    public static TestPki ec() {
        return new TestPki("EC");
    }

    /** One RSA PKI per test JVM, its PEM files written once into a temporary directory. */
    public static synchronized TestPki shared() {
        if (shared == null) {
            TestPki pki = rsa();
            try {
                Path directory = Files.createTempDirectory("test-pki");
                directory.toFile().deleteOnExit();
                pki.writeTo(directory);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            shared = pki;
        }
        return shared;
    }

    /** The certification authority the receiver trusts. */
    public X509Certificate trustAnchor() {
        return authority;
    }

    /** An authority the receiver does not trust. */
    public X509Certificate untrustedAnchor() {
        return otherAuthority;
    }

    /** The Centre's key, certificate valid now (from 30 days ago for a year), chain: certificate, authority. */
    public SigningCredentials centre() {
        return centre;
    }

    /** A Centre key whose certificate from the trusted authority expired 35 days ago. */
    public SigningCredentials expiredCentre() {
        return expiredCentre;
    }

    /** A key with a Centre certificate that another, untrusted authority issued. */
    public SigningCredentials untrustedCentre() {
        return untrustedCentre;
    }

    /** A new key with a certificate for the Centre from the trusted authority, valid from/to. */
    public SigningCredentials issue(Instant notBefore, Instant notAfter) {
        return issue(notBefore, notAfter, keyAlgorithm);
    }

    /** As {@link #issue(Instant, Instant)}, for a key of another algorithm ({@code RSA} or {@code EC}). */
    public SigningCredentials issue(Instant notBefore, Instant notAfter, String centreKeyAlgorithm) {
        KeyPair keys = keys(centreKeyAlgorithm);
        return new SigningCredentials(keys.getPrivate(), List.of(
                certificate(CENTRE, keys, AUTHORITY, authorityKeys.getPrivate(), notBefore, notAfter, false), authority),
                signatureAlgorithm(centreKeyAlgorithm));
    }

    /**
     * A Centre key certified by an intermediate authority that the trusted one certified, as a
     * national CA's root and issuing CA do; chain: Centre, intermediate, trusted authority.
     */
    public SigningCredentials issueThroughIntermediate() {
        Instant now = Instant.now();
        KeyPair intermediateKeys = keys(keyAlgorithm);
        String intermediateName = "CN=Test issuing certification authority,C=KZ";
        X509Certificate intermediate = certificate(intermediateName, intermediateKeys, AUTHORITY, authorityKeys.getPrivate(),
                now.minus(Duration.ofDays(100)), now.plus(Duration.ofDays(1000)), true);
        KeyPair keys = keys(keyAlgorithm);
        return new SigningCredentials(keys.getPrivate(), List.of(
                certificate(CENTRE, keys, intermediateName, intermediateKeys.getPrivate(), now.minus(Duration.ofDays(1)),
                        now.plus(Duration.ofDays(365)), false),
                intermediate, authority), signatureAlgorithm(keyAlgorithm));
    }

    /** A CMS SignedData that carries the Centre's certificate chain but no signer (DER). */
    public byte[] withoutSigner() {
        try {
            CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
            generator.addCertificates(new JcaCertStore(centre.chain()));
            return generator.generate(new CMSProcessableByteArray(new byte[0]), false).getEncoded();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException | CMSException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Where {@link #writeTo(Path)} put the files. */
    public record PkiFiles(Path trustAnchors, Path centreKey, Path centreChain, Path expiredKey, Path expiredChain,
            Path untrustedKey, Path untrustedChain) {
    }

    /**
     * Writes {@code trust-anchors.pem} (the trusted authority only), {@code centre-key.pem} /
     * {@code centre-chain.pem}, {@code expired-key.pem} / {@code expired-chain.pem} and
     * {@code untrusted-key.pem} / {@code untrusted-chain.pem} into {@code directory}.
     */
    public synchronized PkiFiles writeTo(Path directory) {
        PkiFiles written = new PkiFiles(directory.resolve("trust-anchors.pem"),
                directory.resolve("centre-key.pem"), directory.resolve("centre-chain.pem"),
                directory.resolve("expired-key.pem"), directory.resolve("expired-chain.pem"),
                directory.resolve("untrusted-key.pem"), directory.resolve("untrusted-chain.pem"));
        write(written.trustAnchors(), pem(authority));
        write(written.centreKey(), pem(centre.key()));
        write(written.centreChain(), pem(centre.chain().toArray(X509Certificate[]::new)));
        write(written.expiredKey(), pem(expiredCentre.key()));
        write(written.expiredChain(), pem(expiredCentre.chain().toArray(X509Certificate[]::new)));
        write(written.untrustedKey(), pem(untrustedCentre.key()));
        write(written.untrustedChain(), pem(untrustedCentre.chain().toArray(X509Certificate[]::new)));
        files = written;
        return written;
    }

    /** The files of the last {@link #writeTo(Path)} (always there for {@link #shared()}). */
    public synchronized PkiFiles files() {
        if (files == null) {
            throw new IllegalStateException("Not written yet: call writeTo(directory)");
        }
        return files;
    }

    /** Certificates as PEM text, one after the other. */
    public static String pem(X509Certificate... certificates) {
        return pemText((Object[]) certificates);
    }

    /** A private key as unencrypted PKCS#8 PEM ({@code -----BEGIN PRIVATE KEY-----}). */
    public static String pem(PrivateKey key) {
        try {
            return pemText(new JcaPKCS8Generator(key, null).generate());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Verifies a detached signature independently of this code, as docs/gateway.md tells a reader to:
     * {@code openssl cms -verify -binary -inform DER -in <signature> -content <document> -CAfile <anchors>
     * -purpose any -out /dev/null}. Returns openssl's exit code (0: verified).
     */
    public static int opensslCmsVerify(Path signature, Path document, Path anchors) {
        try {
            Process process = new ProcessBuilder("openssl", "cms", "-verify", "-binary", "-inform", "DER",
                    "-in", signature.toString(), "-content", document.toString(), "-CAfile", anchors.toString(),
                    "-purpose", "any", "-out", "/dev/null")
                    .redirectErrorStream(true).start();
            process.getInputStream().transferTo(java.io.OutputStream.nullOutputStream());
            return process.waitFor();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String pemText(Object... objects) {
        StringWriter text = new StringWriter();
        try (JcaPEMWriter writer = new JcaPEMWriter(text)) {
            for (Object object : objects) {
                writer.writeObject(object);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }

    private static void write(Path file, String text) {
        try {
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        file.toFile().deleteOnExit();
    }

    private static String signatureAlgorithm(String keyAlgorithm) {
        return "EC".equals(keyAlgorithm) ? "SHA256withECDSA" : "SHA256withRSA";
    }

    private static KeyPair keys(String algorithm) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance(algorithm);
            generator.initialize("EC".equals(algorithm) ? 256 : 2048);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private X509Certificate certificate(String subject, KeyPair subjectKeys, String issuer, PrivateKey issuerKey,
            Instant from, Instant to, boolean isAuthority) {
        try {
            X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(new X500Name(issuer),
                    BigInteger.valueOf(SERIALS.incrementAndGet()), Date.from(from), Date.from(to), new X500Name(subject),
                    subjectKeys.getPublic());
            builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(isAuthority));
            builder.addExtension(Extension.keyUsage, true, new KeyUsage(isAuthority
                    ? KeyUsage.keyCertSign | KeyUsage.cRLSign
                    : KeyUsage.digitalSignature | KeyUsage.nonRepudiation));
            return new JcaX509CertificateConverter().getCertificate(
                    builder.build(new JcaContentSignerBuilder(signatureAlgorithm(keyAlgorithm)).build(issuerKey)));
        } catch (IOException | GeneralSecurityException | OperatorCreationException e) {
            throw new IllegalStateException(e);
        }
    }
}

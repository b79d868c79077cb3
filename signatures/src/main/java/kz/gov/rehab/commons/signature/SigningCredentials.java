package kz.gov.rehab.commons.signature;

import java.nio.file.Path;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Objects;

/**
 * A signer's key, its certificate chain (the signer's certificate first, then the authorities that
 * issued it) and the signature algorithm (R2): what is needed to make a {@link DetachedSignatures}
 * signature that a receiver can check against its trust anchor.
 *
 * <p>The algorithm is configuration ({@code SHA256withRSA}, {@code SHA256withECDSA}, ...). The
 * national CA's GOST algorithms need a JCA provider that implements them, named by
 * {@code provider} (registered with {@link java.security.Security}); {@code null} means
 * BouncyCastle.
 */
public final class SigningCredentials {

    public static final String DEFAULT_ALGORITHM = "SHA256withRSA";

    private final PrivateKey key;
    private final List<X509Certificate> chain;
    private final String algorithm;
    private final String provider;

    public SigningCredentials(PrivateKey key, List<X509Certificate> chain, String algorithm, String provider) {
        this.key = Objects.requireNonNull(key, "key");
        if (chain.isEmpty()) {
            throw new IllegalArgumentException("The certificate chain needs at least the signer's certificate");
        }
        this.chain = List.copyOf(chain);
        this.algorithm = Objects.requireNonNull(algorithm, "algorithm");
        DetachedSignatures.requireRegistered(provider);
        this.provider = provider;
    }

    public SigningCredentials(PrivateKey key, List<X509Certificate> chain, String algorithm) {
        this(key, chain, algorithm, null);
    }

    /**
     * Reads an unencrypted PKCS#8 PEM private key ({@code -----BEGIN PRIVATE KEY-----}) and a PEM
     * certificate chain, signer's certificate first.
     *
     * @throws IllegalArgumentException when a file is missing, unreadable or holds something else, or
     *         when no provider of that name is registered
     */
    public static SigningCredentials load(Path keyFile, Path chainFile, String algorithm, String provider) {
        return new SigningCredentials(PemFiles.privateKey(keyFile), PemFiles.certificates(chainFile), algorithm, provider);
    }

    /** A CMS detached signature of {@code content} (DER), carrying the certificate chain. */
    public byte[] sign(byte[] content) {
        return DetachedSignatures.sign(content, key, chain, algorithm, provider);
    }

    /** The signer's own certificate. */
    public X509Certificate certificate() {
        return chain.get(0);
    }

    public PrivateKey key() {
        return key;
    }

    public List<X509Certificate> chain() {
        return chain;
    }

    public String algorithm() {
        return algorithm;
    }
}

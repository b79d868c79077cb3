package kz.gov.rehab.commons.signature;

import java.io.IOException;
import java.security.PrivateKey;
import java.security.Provider;
import java.security.Security;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.util.List;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;

/**
 * Electronic digital signature of a submitted document (R2): a CMS / PKCS#7 <em>detached</em>
 * signature, DER-encoded, that carries the signer's certificate chain. The same file verifies with
 * {@code openssl cms -verify -binary -inform DER -in doc.p7s -content doc -CAfile anchor.pem}.
 *
 * <p>The signature algorithm is the signing provider's configuration (e.g. {@code SHA256withRSA},
 * {@code SHA256withECDSA}; the national CA's GOST algorithms need a provider that implements
 * them, plugged in the same way).
 */
public final class DetachedSignatures {

    static final Provider BOUNCY_CASTLE = new BouncyCastleProvider();

    private DetachedSignatures() {
    }

    /** Refuses the name of a JCA provider that is not registered ({@code null}, BouncyCastle, is fine). */
    static void requireRegistered(String provider) {
        if (provider != null && Security.getProvider(provider) == null) {
            throw new IllegalArgumentException("No JCA provider named " + provider + " is registered");
        }
    }

    public static byte[] sign(byte[] content, PrivateKey key, List<X509Certificate> chain, String algorithm) {
        return sign(content, key, chain, algorithm, null);
    }

    /**
     * As {@link #sign(byte[], PrivateKey, List, String)}, with the JCA provider registered under
     * {@code provider} (e.g. one that implements GOST algorithms); {@code null}: BouncyCastle.
     */
    public static byte[] sign(byte[] content, PrivateKey key, List<X509Certificate> chain, String algorithm, String provider) {
        try {
            JcaDigestCalculatorProviderBuilder digests = new JcaDigestCalculatorProviderBuilder();
            JcaContentSignerBuilder signer = new JcaContentSignerBuilder(algorithm);
            if (provider == null) {
                digests.setProvider(BOUNCY_CASTLE);
                signer.setProvider(BOUNCY_CASTLE);
            } else {
                digests.setProvider(provider);
                signer.setProvider(provider);
            }
            CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
            generator.addSignerInfoGenerator(new JcaSignerInfoGeneratorBuilder(digests.build())
                    .build(signer.build(key), chain.get(0)));
            generator.addCertificates(new JcaCertStore(chain));
            return generator.generate(new CMSProcessableByteArray(content), false).getEncoded();
        } catch (OperatorCreationException | CertificateEncodingException | CMSException | IOException e) {
            throw new IllegalStateException("Cannot sign with " + algorithm, e);
        }
    }
}

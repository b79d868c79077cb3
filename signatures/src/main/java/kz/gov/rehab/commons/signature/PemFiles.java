package kz.gov.rehab.commons.signature;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PrivateKey;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.openssl.PEMException;
import org.bouncycastle.openssl.PEMParser;
import org.bouncycastle.openssl.jcajce.JcaPEMKeyConverter;

/** Keys and certificates from PEM files, as {@code openssl} writes them. */
public final class PemFiles {

    private PemFiles() {
    }

    /**
     * An unencrypted PKCS#8 private key ({@code -----BEGIN PRIVATE KEY-----}).
     *
     * @throws IllegalArgumentException when the file is missing, unreadable or holds something else
     */
    public static PrivateKey privateKey(Path file) {
        Object object = read(file).stream().findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No private key in " + file));
        if (!(object instanceof PrivateKeyInfo info)) {
            throw new IllegalArgumentException("Not an unencrypted PKCS#8 private key (BEGIN PRIVATE KEY): " + file);
        }
        try {
            return new JcaPEMKeyConverter().setProvider(DetachedSignatures.BOUNCY_CASTLE).getPrivateKey(info);
        } catch (PEMException e) {
            throw new IllegalArgumentException("Cannot read the private key in " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * The certificates in the file, in order (at least one).
     *
     * @throws IllegalArgumentException when the file is missing, unreadable, empty or holds something else
     */
    public static List<X509Certificate> certificates(Path file) {
        JcaX509CertificateConverter converter = new JcaX509CertificateConverter().setProvider(DetachedSignatures.BOUNCY_CASTLE);
        List<X509Certificate> certificates = new ArrayList<>();
        for (Object object : read(file)) {
            if (!(object instanceof X509CertificateHolder holder)) {
                throw new IllegalArgumentException("Something other than a certificate in " + file);
            }
            try {
                certificates.add(converter.getCertificate(holder));
            } catch (CertificateException e) {
                throw new IllegalArgumentException("Cannot read a certificate in " + file + ": " + e.getMessage(), e);
            }
        }
        if (certificates.isEmpty()) {
            throw new IllegalArgumentException("No certificate in " + file);
        }
        return certificates;
    }

    private static List<Object> read(Path file) {
        if (!Files.isReadable(file)) {
            throw new IllegalArgumentException("Cannot read " + file);
        }
        List<Object> objects = new ArrayList<>();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.US_ASCII); PEMParser parser = new PEMParser(reader)) {
            for (Object object = parser.readObject(); object != null; object = parser.readObject()) {
                objects.add(object);
            }
        } catch (IOException | RuntimeException e) {
            throw new IllegalArgumentException("Cannot read " + file + " as PEM: " + e.getMessage(), e);
        }
        return objects;
    }
}

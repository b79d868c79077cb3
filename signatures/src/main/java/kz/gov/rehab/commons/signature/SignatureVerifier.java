package kz.gov.rehab.commons.signature;

import java.security.GeneralSecurityException;
import java.security.cert.CertPathValidator;
import java.security.cert.CertPathValidatorException;
import java.security.cert.CertificateExpiredException;
import java.security.cert.CertificateFactory;
import java.security.cert.CertificateNotYetValidException;
import java.security.cert.PKIXParameters;
import java.security.cert.TrustAnchor;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.CMSSignerDigestMismatchException;
import org.bouncycastle.cms.CMSVerifierCertificateNotValidException;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.util.Selector;

/**
 * Verifies a detached CMS signature over a document (R2: "observing the procedures for verifying
 * the electronic digital signature"): the signature must be well-formed and present, the signer's
 * certificate valid at the moment of verification and chained to a configured trust anchor, and
 * the signature must match the document byte for byte.
 */
public final class SignatureVerifier {

    /** The outcome: valid (with the signer) or refused (with the reason). */
    public sealed interface Verdict {
        record Valid(String signer, String serialNumber) implements Verdict {
        }

        record Refused(Reason reason, String detail) implements Verdict {
        }
    }

    public enum Reason {
        /** Not a CMS signature at all. */
        MALFORMED,
        /** A CMS structure without any signer. */
        UNSIGNED,
        /** The document differs from what was signed. */
        TAMPERED,
        /** The signer's certificate is missing or does not chain to a trust anchor. */
        UNTRUSTED_SIGNER,
        /** The signer's certificate is expired or not yet valid. */
        CERTIFICATE_NOT_VALID
    }

    private final Set<TrustAnchor> anchors;
    private final String provider;

    public SignatureVerifier(Collection<X509Certificate> trustAnchors) {
        this(trustAnchors, null);
    }

    /**
     * As {@link #SignatureVerifier(Collection)}, checking signatures and certificates with the JCA
     * provider registered under {@code provider} (e.g. one that implements the national CA's GOST
     * algorithms); {@code null}: BouncyCastle.
     *
     * @throws IllegalArgumentException without anchors, or when no such provider is registered
     */
    public SignatureVerifier(Collection<X509Certificate> trustAnchors, String provider) {
        if (trustAnchors.isEmpty()) {
            throw new IllegalArgumentException("At least one trust anchor is needed");
        }
        DetachedSignatures.requireRegistered(provider);
        this.anchors = trustAnchors.stream().map(c -> new TrustAnchor(c, null)).collect(Collectors.toUnmodifiableSet());
        this.provider = provider;
    }

    public Verdict verify(byte[] document, byte[] signature, Instant at) {
        CMSSignedData signed;
        try {
            signed = new CMSSignedData(new CMSProcessableByteArray(document), signature);
        } catch (CMSException | RuntimeException e) {
            return new Verdict.Refused(Reason.MALFORMED, "The signature is not a CMS (PKCS#7) structure");
        }
        Collection<SignerInformation> signers = signed.getSignerInfos().getSigners();
        if (signers.isEmpty()) {
            return new Verdict.Refused(Reason.UNSIGNED, "The CMS structure has no signer");
        }
        Verdict verdict = null;
        for (SignerInformation signer : signers) {
            verdict = verifySigner(signed, signer, document, at);
            if (verdict instanceof Verdict.Refused) {
                return verdict;
            }
        }
        return verdict;
    }

    @SuppressWarnings("unchecked")
    private Verdict verifySigner(CMSSignedData signed, SignerInformation signer, byte[] document, Instant at) {
        try {
            Collection<X509CertificateHolder> matches = signed.getCertificates().getMatches((Selector<X509CertificateHolder>) signer.getSID());
            if (matches.isEmpty()) {
                return new Verdict.Refused(Reason.UNTRUSTED_SIGNER, "The signer's certificate is not in the signature");
            }
            JcaX509CertificateConverter converter = provider == null
                    ? new JcaX509CertificateConverter().setProvider(DetachedSignatures.BOUNCY_CASTLE)
                    : new JcaX509CertificateConverter().setProvider(provider);
            X509Certificate certificate = converter.getCertificate(matches.iterator().next());
            try {
                certificate.checkValidity(Date.from(at));
            } catch (CertificateExpiredException | CertificateNotYetValidException e) {
                return new Verdict.Refused(Reason.CERTIFICATE_NOT_VALID, "The signer's certificate is valid from "
                        + certificate.getNotBefore().toInstant() + " to " + certificate.getNotAfter().toInstant());
            }
            List<X509Certificate> chain = new ArrayList<>();
            chain.add(certificate);
            for (X509CertificateHolder other : signed.getCertificates().getMatches(null)) {
                X509Certificate candidate = converter.getCertificate(other);
                if (!candidate.equals(certificate) && !isAnchor(candidate)) {
                    chain.add(candidate);
                }
            }
            try {
                PKIXParameters parameters = new PKIXParameters(anchors);
                parameters.setRevocationEnabled(false);
                parameters.setDate(Date.from(at));
                CertPathValidator.getInstance("PKIX").validate(
                        CertificateFactory.getInstance("X.509").generateCertPath(chain), parameters);
            } catch (CertPathValidatorException e) {
                return new Verdict.Refused(Reason.UNTRUSTED_SIGNER, "The signer's certificate does not chain to a trusted authority");
            }
            boolean intact;
            try {
                JcaSimpleSignerInfoVerifierBuilder verifiers = provider == null
                        ? new JcaSimpleSignerInfoVerifierBuilder().setProvider(DetachedSignatures.BOUNCY_CASTLE)
                        : new JcaSimpleSignerInfoVerifierBuilder().setProvider(provider);
                intact = signer.verify(verifiers.build(certificate));
            } catch (CMSSignerDigestMismatchException e) {
                intact = false;
            }
            if (!intact) {
                return new Verdict.Refused(Reason.TAMPERED, "The document does not match its signature");
            }
            return new Verdict.Valid(certificate.getSubjectX500Principal().getName(), certificate.getSerialNumber().toString(16));
        } catch (CMSVerifierCertificateNotValidException e) {
            return new Verdict.Refused(Reason.CERTIFICATE_NOT_VALID, "The signer's certificate was not valid at the signing time");
        } catch (CMSException e) {
            return new Verdict.Refused(Reason.TAMPERED, "The document does not match its signature");
        } catch (GeneralSecurityException | OperatorCreationException e) {
            return new Verdict.Refused(Reason.MALFORMED, "The signature cannot be checked: " + e.getMessage());
        }
    }

    private boolean isAnchor(X509Certificate certificate) {
        return anchors.stream().anyMatch(a -> a.getTrustedCert().equals(certificate));
    }
}

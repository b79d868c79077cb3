package kz.gov.rehab.gateway.ministry;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import kz.gov.rehab.commons.problem.Problem;
import kz.gov.rehab.commons.refusal.InvalidInput;
import kz.gov.rehab.commons.refusal.RuleBroken;
import kz.gov.rehab.commons.refusal.Violation;
import kz.gov.rehab.commons.signature.SignatureVerifier.Reason;
import kz.gov.rehab.commons.signature.SignatureVerifier.Verdict;
import org.jboss.logging.Logger;

/**
 * Receives a signed report (R2: "observing the procedures for verifying the electronic digital
 * signature"): a malformed submission is invalid input, a signature that does not verify a rule broken naming the
 * {@link Reason}; only a verified submission is stored, with the time of receipt and its signer.
 */
@ApplicationScoped
public class ReportReception {

    /** Problem type of a refused signature; the {@code reason} member names the {@link Reason}. */
    public static final String SIGNATURE_REFUSED = "report-signature-refused";
    public static final String DEFAULT_DOCUMENT_TYPE = "application/json";

    private static final Logger LOG = Logger.getLogger(ReportReception.class);
    private static final Pattern MEDIA_TYPE = Pattern.compile("[a-z]+/[a-z0-9.+-]{1,80}");

    private final TrustAnchors anchors;
    private final Clock clock;

    public ReportReception(TrustAnchors anchors, Clock clock) {
        this.anchors = anchors;
        this.clock = clock;
    }

    /** A submission whose fields are well-formed, decoded. */
    private record Checked(ReportForm form, ReportingPeriod period, String documentType, byte[] document, byte[] signature) {
    }

    @Transactional
    public ReportSubmission receive(ReportSubmissionRequest request, String submittedBy, String requestId) {
        Checked checked = check(request);
        Instant receivedAt = Instant.now(clock);
        Verdict verdict = checked.signature().length == 0
                ? new Verdict.Refused(Reason.UNSIGNED, "The submission carries no signature")
                : anchors.verifier().verify(checked.document(), checked.signature(), receivedAt);
        if (verdict instanceof Verdict.Refused refused) {
            LOG.infof("ministry: %s %s from %s refused: %s", checked.form(), checked.period(), submittedBy, refused.reason());
            throw new RuleBroken(SIGNATURE_REFUSED, "Report signature refused", refused.detail())
                    .with("reason", refused.reason().name());
        }
        Verdict.Valid valid = (Verdict.Valid) verdict;
        ReportSubmission submission = new ReportSubmission();
        submission.id = UUID.randomUUID();
        submission.receivedAt = receivedAt;
        submission.form = checked.form().name();
        submission.period = checked.period().toString();
        submission.documentType = checked.documentType();
        submission.document = checked.document();
        submission.documentSha256 = sha256(checked.document());
        submission.signature = checked.signature();
        submission.signer = valid.signer();
        submission.signerSerialNumber = valid.serialNumber();
        submission.submittedBy = submittedBy;
        submission.requestId = requestId;
        submission.persist();
        LOG.infof("ministry: %s %s from %s accepted as %s", submission.form, submission.period, submittedBy, submission.id);
        return submission;
    }

    private static Checked check(ReportSubmissionRequest request) {
        if (request == null) {
            throw new InvalidInput("The body must be a report submission", List.of());
        }
        List<Violation> violations = new ArrayList<>();
        Optional<ReportForm> form = ReportForm.parse(request.form());
        if (form.isEmpty()) {
            violations.add(new Violation("form", "unknown form '" + request.form() + "'; known: " + ReportForm.names()));
        }
        Optional<ReportingPeriod> period = ReportingPeriod.parse(request.period());
        if (period.isEmpty()) {
            violations.add(new Violation("period", "a quarter written YYYY-Qn, e.g. 2026-Q1"));
        }
        String documentType = request.documentType() == null ? DEFAULT_DOCUMENT_TYPE : request.documentType();
        if (!MEDIA_TYPE.matcher(documentType).matches()) {
            violations.add(new Violation("documentType", "a media type, e.g. application/json"));
        }
        byte[] document = decode("document", request.document(), violations);
        if (document != null && document.length == 0) {
            violations.add(new Violation("document", "must not be empty"));
        }
        byte[] signature = request.signature() == null ? new byte[0] : decode("signature", request.signature(), violations);
        if (!violations.isEmpty()) {
            throw new InvalidInput("The submission has " + violations.size() + " invalid field(s)", violations);
        }
        return new Checked(form.get(), period.get(), documentType, document, signature);
    }

    private static byte[] decode(String field, String text, List<Violation> violations) {
        if (text == null) {
            violations.add(new Violation(field, "required (base64)"));
            return null;
        }
        try {
            return Base64.getDecoder().decode(text);
        } catch (IllegalArgumentException e) {
            violations.add(new Violation(field, "not base64 (RFC 4648, without line breaks)"));
            return null;
        }
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

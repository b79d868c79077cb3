package kz.gov.rehab.gateway.ministry;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;

/**
 * A received submission as the Ministry's answer shows it: the receipt, and for a single
 * submission also the document and signature exactly as received (base64).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ReportSubmissionView(UUID submissionId, Instant receivedAt, String form, String period, String documentType,
        String documentSha256, String signer, String signerSerialNumber, String submittedBy, String document,
        String signature) {

    static ReportSubmissionView receipt(ReportSubmission submission) {
        return new ReportSubmissionView(submission.id, submission.receivedAt, submission.form, submission.period,
                submission.documentType, submission.documentSha256, submission.signer, submission.signerSerialNumber,
                submission.submittedBy, null, null);
    }

    static ReportSubmissionView withContent(ReportSubmission submission) {
        Base64.Encoder base64 = Base64.getEncoder();
        return new ReportSubmissionView(submission.id, submission.receivedAt, submission.form, submission.period,
                submission.documentType, submission.documentSha256, submission.signer, submission.signerSerialNumber,
                submission.submittedBy, base64.encodeToString(submission.document), base64.encodeToString(submission.signature));
    }
}

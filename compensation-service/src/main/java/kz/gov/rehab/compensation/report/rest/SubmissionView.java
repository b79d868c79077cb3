package kz.gov.rehab.compensation.report.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import kz.gov.rehab.compensation.report.submission.ReportSubmission;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A submission of a report to the Ministry and the Ministry's answer. */
@Schema(name = "ReportSubmission")
public record SubmissionView(UUID id, UUID reportId, Instant submittedAt, LocalDate submittedOn, boolean late,
        String signer, String signatureAlgorithm, ReportSubmission.Outcome outcome, Integer ministryStatus,
        UUID ministrySubmissionId, Instant ministryReceivedAt, String refusalReason, String refusalDetail) {

    public static SubmissionView of(ReportSubmission s) {
        return new SubmissionView(s.id, s.reportId, s.submittedAt, s.submittedOn, s.late, s.signer, s.signatureAlgorithm,
                s.outcome, s.ministryStatus, s.ministrySubmissionId, s.ministryReceivedAt, s.refusalReason, s.refusalDetail);
    }
}

package kz.gov.rehab.compensation.report.submission;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import kz.gov.rehab.commons.events.EventSubject;
import kz.gov.rehab.commons.events.MonitoringData;
import kz.gov.rehab.commons.events.StatusEvents;
import kz.gov.rehab.commons.idempotency.IdempotencyClaim;
import kz.gov.rehab.commons.refusal.PartnerRejected;
import kz.gov.rehab.commons.refusal.Refusal;
import kz.gov.rehab.commons.refusal.RuleBroken;
import kz.gov.rehab.commons.refusal.Unavailable;
import kz.gov.rehab.commons.request.RequestId;
import kz.gov.rehab.commons.signature.ReportSigning;
import kz.gov.rehab.commons.signature.SigningCredentials;
import kz.gov.rehab.commons.time.ServiceClock;
import kz.gov.rehab.compensation.report.QuarterlyReport;
import kz.gov.rehab.compensation.report.QuarterlyReports;
import kz.gov.rehab.compensation.report.ReportConfig;
import kz.gov.rehab.compensation.report.ReportingQuarter;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

/**
 * Signs the exact stored bytes of a compiled report with the Centre's key (CMS detached signature,
 * commons {@link ReportSigning}) and submits them to the Ministry's endpoint (R2). The answer is
 * recorded with the report, with a status event, whatever it is: the Ministry's submission id on
 * acceptance, its reason on refusal (a rule broken, or the Ministry rejecting the request), or that it could not
 * be reached (unavailable). No database transaction is open while the Ministry is asked.
 */
@ApplicationScoped
public class ReportSubmissions {

    private static final Logger LOG = Logger.getLogger(ReportSubmissions.class);
    public static final String REFUSED_TYPE = "report-submission-refused";

    private final ReportSigning signing;
    private final MinistryClient ministry;
    private final MinistryConfig config;
    private final StatusEvents events;
    private final ObjectMapper json;
    private final ServiceClock clock;

    public ReportSubmissions(ReportSigning signing, @RestClient MinistryClient ministry, MinistryConfig config,
            StatusEvents events, ObjectMapper json, ServiceClock clock) {
        this.clock = clock;
        this.signing = signing;
        this.ministry = ministry;
        this.config = config;
        this.events = events;
        this.json = json;
    }

    /**
     * Signs with the Centre's configured key and submits; answers the recorded submission, or throws
     * the refusal as a problem. The claim is committed with the report's read, before the Ministry is
     * asked, so that a duplicate never submits twice (it is answered 409 while the first runs); the
     * answer is stored with the submission's record, or the claim released when there is none to keep.
     */
    public ReportSubmission submit(UUID reportId, String user, IdempotencyClaim<ReportSubmission> claim) {
        SigningCredentials credentials = signing.credentials();
        QuarterlyReport report = QuarkusTransaction.requiringNew().call(() -> {
            claim.take();
            return QuarterlyReports.find(reportId);
        });
        return submit(report, user, credentials, claim);
    }

    /** Signs the report's exact bytes with {@code credentials} and submits them. */
    public ReportSubmission submit(QuarterlyReport report, String user, SigningCredentials credentials) {
        return submit(report, user, credentials, IdempotencyClaim.none());
    }

    private ReportSubmission submit(QuarterlyReport report, String user, SigningCredentials credentials,
            IdempotencyClaim<ReportSubmission> claim) {
        ReportSubmission submission;
        try {
            submission = signAndAsk(report, user, credentials);
            record(submission, report, claim);
        } catch (RuntimeException e) {
            QuarkusTransaction.requiringNew().run(claim::release);
            throw e;
        }
        return switch (submission.outcome) {
            case ACCEPTED -> submission;
            case REFUSED -> throw refusal(submission);
            case UNAVAILABLE -> throw new Unavailable("ministry-unavailable", "The Ministry's endpoint is unavailable",
                    "The report was signed but the Ministry's endpoint did not answer; submit it again later",
                    Duration.ofSeconds(60)).with("submissionRecord", submission.id.toString());
        };
    }

    private ReportSubmission signAndAsk(QuarterlyReport report, String user, SigningCredentials credentials) {
        byte[] signature = credentials.sign(report.document);

        ReportSubmission submission = new ReportSubmission();
        submission.id = UUID.randomUUID();
        submission.reportId = report.id;
        submission.submittedAt = clock.instant().truncatedTo(ChronoUnit.MICROS);
        submission.submittedOn = LocalDate.ofInstant(submission.submittedAt, ReportingQuarter.ZONE);
        submission.submittedBy = user;
        submission.late = submission.submittedOn.isAfter(report.dueDate);
        submission.signature = signature;
        submission.signatureAlgorithm = credentials.algorithm();
        submission.signer = credentials.certificate().getSubjectX500Principal().getName();

        Base64.Encoder base64 = Base64.getEncoder();
        MinistryClient.Submission body = new MinistryClient.Submission(report.form, report.period, "application/json",
                base64.encodeToString(report.document), base64.encodeToString(signature));
        answer(submission, body);
        return submission;
    }

    /** Asks the Ministry and records its answer on the submission. */
    private void answer(ReportSubmission submission, MinistryClient.Submission body) {
        Response response;
        try {
            response = ministry.submit(config.apiKey(), RequestId.current().orElse(null), body);
        } catch (WebApplicationException e) {
            response = e.getResponse();
        } catch (ProcessingException | TimeoutException e) {
            LOG.warnf("the Ministry's endpoint did not answer: %s", e.toString());
            submission.outcome = ReportSubmission.Outcome.UNAVAILABLE;
            return;
        }
        submission.ministryStatus = response.getStatus();
        JsonNode answer = readBody(response);
        if (response.getStatus() == 201) {
            submission.outcome = ReportSubmission.Outcome.ACCEPTED;
            submission.ministrySubmissionId = UUID.fromString(answer.path("submissionId").asText());
            submission.ministryReceivedAt = answer.hasNonNull("receivedAt") ? Instant.parse(answer.get("receivedAt").asText()) : null;
        } else if (response.getStatus() >= 500) {
            submission.outcome = ReportSubmission.Outcome.UNAVAILABLE;
        } else {
            submission.outcome = ReportSubmission.Outcome.REFUSED;
            submission.refusalType = text(answer, "type", 300);
            submission.refusalReason = text(answer, "reason", 40);
            submission.refusalDetail = text(answer, "detail", 2000);
        }
    }

    private JsonNode readBody(Response response) {
        try {
            String text = response.readEntity(String.class);
            return text == null || text.isBlank() ? json.createObjectNode() : json.readTree(text);
        } catch (RuntimeException | java.io.IOException e) {
            return json.createObjectNode();
        }
    }

    private static String text(JsonNode answer, String member, int max) {
        if (!answer.hasNonNull(member)) {
            return null;
        }
        String text = answer.get(member).asText();
        return text.length() > max ? text.substring(0, max) : text;
    }

    private void record(ReportSubmission submission, QuarterlyReport report, IdempotencyClaim<ReportSubmission> claim) {
        QuarkusTransaction.requiringNew().run(() -> {
            submission.persist();
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("form", report.form);
            details.put("period", report.period);
            details.put("outcome", submission.outcome.name());
            details.put("late", submission.late);
            if (submission.ministrySubmissionId != null) {
                details.put("ministrySubmissionId", submission.ministrySubmissionId.toString());
            }
            if (submission.refusalReason != null) {
                details.put("refusalReason", submission.refusalReason);
            }
            String type = switch (submission.outcome) {
                case ACCEPTED -> "report.submitted";
                case REFUSED -> "report.submission-refused";
                case UNAVAILABLE -> "report.submission-failed";
            };
            events.record(new EventSubject(QuarterlyReports.SUBJECT_KIND, report.id, report.reference()), type,
                    MonitoringData.stage(type.substring("report.".length())).occurredAt(submission.submittedAt)
                            .deadline(report.dueDate).actorRole(ReportConfig.ROLE).details(details).build());
            if (submission.outcome == ReportSubmission.Outcome.ACCEPTED) {
                claim.answer(submission);
            } else {
                claim.release(); // a refusal or an unreachable Ministry: a retry with the key submits again
            }
        });
        LOG.infof("report %s submitted: %s%s", report.reference(), submission.outcome,
                submission.refusalReason == null ? "" : " (" + submission.refusalReason + ")");
    }

    static Refusal refusal(ReportSubmission submission) {
        boolean signatureRefused = submission.ministryStatus != null && submission.ministryStatus == 422;
        Refusal problem = signatureRefused
                ? new RuleBroken(REFUSED_TYPE, "The Ministry refused the report",
                        "The Ministry refused the signed report: " + (submission.refusalDetail == null
                                ? "no detail given" : submission.refusalDetail))
                : new PartnerRejected("ministry-rejected-request", "The Ministry rejected the request",
                        "The Ministry answered " + submission.ministryStatus + (submission.refusalDetail == null ? ""
                                : ": " + submission.refusalDetail));
        problem.with("submissionRecord", submission.id.toString());
        if (submission.refusalReason != null) {
            problem.with("reason", submission.refusalReason);
        }
        if (submission.refusalType != null) {
            problem.with("ministryProblemType", submission.refusalType);
        }
        return problem;
    }
}

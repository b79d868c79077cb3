package kz.gov.rehab.compensation.report.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import kz.gov.rehab.commons.caller.CallerIdentity;
import kz.gov.rehab.commons.concurrency.IfMatch;
import kz.gov.rehab.commons.idempotency.IdempotencyClaim;
import kz.gov.rehab.commons.idempotency.IdempotentRequests;
import kz.gov.rehab.commons.paging.Page;
import kz.gov.rehab.commons.paging.Paging;
import kz.gov.rehab.commons.problem.Problem;
import kz.gov.rehab.commons.problem.ProblemException;
import kz.gov.rehab.compensation.report.QuarterlyReport;
import kz.gov.rehab.compensation.report.QuarterlyReports;
import kz.gov.rehab.compensation.report.ReportConfig;
import kz.gov.rehab.compensation.report.ReportCsv;
import kz.gov.rehab.compensation.report.ReportingQuarter;
import kz.gov.rehab.compensation.report.submission.ReportSubmission;
import kz.gov.rehab.compensation.report.submission.ReportSubmissions;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The quarterly report on the home-schooling reimbursement (R1), compiled on behalf of the Labour
 * Resources Development Centre (R3): JSON (the exact bytes that are signed and submitted) or CSV.
 */
@Path("/api/v1/compensations/reports")
@Tag(name = "Quarterly report", description = "Report on the assignment and payment of the home-schooling reimbursement"
        + " (R1), its export and its signed submission to the Ministry (R2)")
public class ReportResource {

    static final String PROBLEM = "application/problem+json";
    static final String CSV = "text/csv";
    static final String EXAMPLE = """
            {
              "form" : "HOME_SCHOOLING_REIMBURSEMENT",
              "title" : "Report on the assignment and payment of reimbursement of expenses for home schooling of children with disabilities",
              "period" : "2026-Q1", "periodStart" : "2026-01-01", "periodEnd" : "2026-03-31",
              "compiledBy" : { "organisation" : "JSC \\"Labour Resources Development Centre\\"", "user" : "labour-resources-centre" },
              "compiledAt" : "2026-04-06T09:12:00+05:00", "compiledOn" : "2026-04-06", "dueDate" : "2026-04-10", "late" : false,
              "currency" : "KZT",
              "regions" : [ { "regionCode" : "110000000", "regionName" : "Ақмола облысы", "childrenAssigned" : 2,
                "recipientsAssigned" : 2, "amountAssignedKzt" : 173000.00, "childrenPaid" : 1, "recipientsPaid" : 1,
                "amountPaidKzt" : 69200.00 } ],
              "total" : { "regionCode" : null, "regionName" : "Total", "childrenAssigned" : 2, "recipientsAssigned" : 2,
                "amountAssignedKzt" : 173000.00, "childrenPaid" : 1, "recipientsPaid" : 1, "amountPaidKzt" : 69200.00 }
            }""";

    private final QuarterlyReports reports;
    private final ReportSubmissions submissions;
    private final IdempotentRequests idempotent;
    private final CallerIdentity callers;

    public ReportResource(QuarterlyReports reports, ReportSubmissions submissions, IdempotentRequests idempotent,
            CallerIdentity callers) {
        this.reports = reports;
        this.submissions = submissions;
        this.idempotent = idempotent;
        this.callers = callers;
    }

    @POST
    @Path("/home-schooling/{period}")
    @Produces({MediaType.APPLICATION_JSON, CSV})
    @RolesAllowed(ReportConfig.ROLE)
    @Operation(summary = "Compile the quarterly home-schooling report", description = "Compiles the report of the quarter"
            + " (e.g. 2026-Q1) from the data as it is now, stores the exact bytes of its JSON document and answers them"
            + " (or the CSV export with Accept: text/csv). The due date is 10 calendar days after the quarter (dated data);"
            + " a report compiled after it is marked late. Each compilation is a new report.")
    @APIResponse(responseCode = "201", description = "Compiled", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "2026-Q1", value = EXAMPLE)),
            @Content(mediaType = CSV)})
    @APIResponse(responseCode = "400", description = "Not a period YYYY-Qn", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "422", description = "The quarter is not over", content = @Content(mediaType = PROBLEM,
            examples = @ExampleObject(name = "not over", value = """
                    {"type":"https://rehab.gov.kz/problems/period-not-over","title":"The quarter is not over","status":422,
                     "detail":"The report of 2026-Q4 can be compiled from 2027-01-01 on"}""")))
    public Response compile(@Parameter(example = "2026-Q1") @PathParam("period") String period,
            @jakarta.ws.rs.core.Context HttpHeaders headers) {
        QuarterlyReport report = reports.compile(quarter(period), callers.name());
        return answer(Response.created(URI.create("/api/v1/compensations/reports/" + report.id)), report, headers);
    }

    @GET
    @Path("/{id}")
    @Produces({MediaType.APPLICATION_JSON, CSV})
    @Transactional
    @RolesAllowed({ReportConfig.ROLE, "auditor"})
    @Operation(summary = "A compiled report: its JSON document as stored, or the CSV export")
    @APIResponse(responseCode = "200", description = "The report", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "2026-Q1", value = EXAMPLE)),
            @Content(mediaType = CSV)})
    @APIResponse(responseCode = "404", description = "No such report", content = @Content(mediaType = PROBLEM))
    public Response get(@PathParam("id") UUID id, @jakarta.ws.rs.core.Context HttpHeaders headers) {
        return answer(Response.ok(), QuarterlyReports.find(id), headers);
    }

    @POST
    @Path("/{id}/submissions")
    @Produces(MediaType.APPLICATION_JSON)
    @jakarta.ws.rs.Consumes(MediaType.WILDCARD)
    @RolesAllowed(ReportConfig.ROLE)
    @Operation(summary = "Sign the report and submit it to the Ministry (R2)", description = "Signs the exact stored bytes"
            + " of the report's JSON document with the Centre's key (CMS detached signature with the certificate chain) and"
            + " submits document and signature to the Ministry's endpoint. The Ministry's submission id (or its refusal) is"
            + " recorded with the report. A submission after the due date is marked late. Every accepted submission is a"
            + " new one at the Ministry; the latest counts.")
    @APIResponse(responseCode = "201", description = "Accepted by the Ministry", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "accepted", value = """
                    {"id":"5b0e…","reportId":"0f7c…","submittedAt":"2026-04-08T10:00:00+05:00","submittedOn":"2026-04-08",
                     "late":false,"signer":"CN=Labour Resources Development Centre,O=JSC Labour Resources Development Centre,C=KZ",
                     "signatureAlgorithm":"SHA256withRSA","outcome":"ACCEPTED","ministryStatus":201,
                     "ministrySubmissionId":"9d1f…","ministryReceivedAt":"2026-04-08T10:00:01+05:00"}""")))
    @APIResponse(responseCode = "422", description = "The Ministry refused the signed report (reason as the Ministry gives it)",
            content = @Content(mediaType = PROBLEM, examples = @ExampleObject(name = "refused", value = """
                    {"type":"https://rehab.gov.kz/problems/report-submission-refused","title":"The Ministry refused the report",
                     "status":422,"detail":"The Ministry refused the signed report: the signer's certificate is not valid at the time of submission",
                     "reason":"CERTIFICATE_NOT_VALID","submissionRecord":"5b0e…"}""")))
    @APIResponse(responseCode = "404", description = "No such report", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "409", description = "A submission with the same Idempotency-Key is still with the Ministry "
            + "(idempotency-key-in-flight): retry after Retry-After", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "502", description = "The Ministry rejected the request itself", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "503", description = "No signing key configured, or the Ministry unavailable",
            content = @Content(mediaType = PROBLEM))
    public Response submit(@PathParam("id") UUID id,
            @Parameter(description = "retry key (IETF httpapi draft)") @jakarta.ws.rs.HeaderParam(IdempotentRequests.HEADER) String key) {
        String user = callers.name();
        // No connection waits for the Ministry: the claim is committed first, the answer with the submission's record.
        IdempotencyClaim<ReportSubmission> claim = idempotent.claim(key, user + " POST /api/v1/compensations/reports/" + id + "/submissions",
                null, submission -> Response.created(URI.create("/api/v1/compensations/reports/" + id + "/submissions/" + submission.id))
                        .type(MediaType.APPLICATION_JSON).entity(SubmissionView.of(submission)).build());
        submissions.submit(id, user, claim);
        return claim.response();
    }

    @GET
    @Path("/{id}/submissions")
    @Produces(MediaType.APPLICATION_JSON)
    @Transactional
    @RolesAllowed({ReportConfig.ROLE, "auditor"})
    @Operation(summary = "Every submission of a report and the Ministry's answers, oldest first, a page at a time")
    @APIResponse(responseCode = "200", description = "A page of the submissions")
    @APIResponse(responseCode = "400", description = "A page or size that is not valid", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "404", description = "No such report", content = @Content(mediaType = PROBLEM))
    public Page<SubmissionView> submissions(@PathParam("id") UUID id, @BeanParam Paging paging) {
        QuarterlyReports.find(id);
        return paging.of(ReportSubmission.of(id).stream().map(SubmissionView::of).toList());
    }

    private static Response answer(Response.ResponseBuilder response, QuarterlyReport report, HttpHeaders headers) {
        response.header("X-Report-Id", report.id.toString()).tag(IfMatch.entityTag(report.version));
        if (headers.getAcceptableMediaTypes().stream().anyMatch(type -> type.isCompatible(MediaType.valueOf(CSV))
                && !type.isWildcardType())) {
            return response.type(CSV + ";charset=UTF-8").entity(ReportCsv.of(QuarterlyReports.document(report)))
                    .header("Content-Disposition", "attachment; filename=\"" + report.reference() + ".csv\"").build();
        }
        return response.type(MediaType.APPLICATION_JSON).entity(report.document)
                .header("Digest", "sha-256=" + java.util.Base64.getEncoder().encodeToString(
                        java.util.HexFormat.of().parseHex(report.documentSha256))).build();
    }

    static ReportingQuarter quarter(String period) {
        try {
            return ReportingQuarter.parse(period);
        } catch (IllegalArgumentException e) {
            throw ProblemException.badRequest("The period is not a quarter", List.of(new Problem.Violation("period",
                    "a quarter is written YYYY-Qn, e.g. 2026-Q1")));
        }
    }
}

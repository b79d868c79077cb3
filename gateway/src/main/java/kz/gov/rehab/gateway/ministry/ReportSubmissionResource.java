package kz.gov.rehab.gateway.ministry;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import kz.gov.rehab.commons.paging.Page;
import kz.gov.rehab.commons.paging.Paging;
import kz.gov.rehab.commons.problem.ProblemException;
import kz.gov.rehab.commons.request.RequestId;
import kz.gov.rehab.gateway.registry.RegistryApi;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The Ministry's endpoint for administrative-data reports, simulated (docs/law.md §3 R1–R2): the
 * Labour Resources Development Centre submits a signed report; the Ministry verifies the signature
 * and keeps what it accepted. A submitter sees its own submissions, a Ministry officer all.
 */
@Path(ReportSubmissionResource.PATH)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Ministry: report reception (simulated)")
@SecurityRequirement(name = RegistryApi.SECURITY_SCHEME)
public class ReportSubmissionResource {

    static final String PATH = "/ministry/v1/report-submissions";
    static final String SIGNATURE_MEDIA_TYPE = "application/pkcs7-signature";

    private static final String RECEIPT_EXAMPLE = """
            {"submissionId":"0b8f5a52-3c1e-4a57-9d0e-6a8e2f4b7c11","receivedAt":"2026-04-08T06:15:02.318Z",
             "form":"HOME_SCHOOLING_REIMBURSEMENT","period":"2026-Q1","documentType":"application/json",
             "documentSha256":"5d41402abc4b2a76b9719d911017c592ae3f6f2f1b0c4e5d3a6b7c8d9e0f1a2b",
             "signer":"CN=Labour Resources Development Centre,O=JSC Labour Resources Development Centre,C=KZ",
             "signerSerialNumber":"4f3a9c0d1e2b","submittedBy":"labour-resources-centre"}""";

    private final ReportReception reception;
    private final SecurityIdentity identity;

    public ReportSubmissionResource(ReportReception reception, SecurityIdentity identity) {
        this.reception = reception;
        this.identity = identity;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(MinistryRoles.SUBMITTER)
    @Operation(summary = "Submit a signed report",
            description = "The document is base64 of the exact bytes that were signed; the signature is base64 of a DER "
                    + "CMS (PKCS#7) detached SignedData that carries the signer's certificate chain. The Ministry "
                    + "verifies the signature over the bytes, the chain against its trust anchors and the certificate's "
                    + "validity at receipt. Every accepted submission is kept; for a form and period the latest counts.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "Q1 report",
            value = """
                    {"form":"HOME_SCHOOLING_REIMBURSEMENT","period":"2026-Q1","documentType":"application/json",
                     "document":"eyJwZXJpb2QiOiIyMDI2LVExIiwidG90YWwiOnsiY2hpbGRyZW4iOjEyfX0=",
                     "signature":"MIIH...base64 of the DER CMS SignedData..."}""")))
    @APIResponse(responseCode = "201", description = "Accepted and stored; Location names the submission",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "receipt",
                    value = RECEIPT_EXAMPLE)))
    @APIResponse(responseCode = "400", description = "Malformed: unknown form, period not YYYY-Qn, document or signature not base64",
            content = @Content(mediaType = "application/problem+json", examples = @ExampleObject(name = "bad period", value = """
                    {"type":"https://rehab.gov.kz/problems/invalid-request","title":"The request is not valid","status":400,
                     "detail":"The submission has 1 invalid field(s)","instance":"/ministry/v1/report-submissions",
                     "violations":[{"field":"period","message":"a quarter written YYYY-Qn, e.g. 2026-Q1"}]}""")))
    @APIResponse(responseCode = "401", description = "Missing or unknown API key")
    @APIResponse(responseCode = "403", description = "The calling system is not a report submitter")
    @APIResponse(responseCode = "422", description = "Signature refused, nothing stored; reason: MALFORMED (not a CMS "
            + "signature), UNSIGNED (no signer), TAMPERED (the document differs from what was signed), UNTRUSTED_SIGNER "
            + "(certificate missing or not from a trusted authority), CERTIFICATE_NOT_VALID (expired or not yet valid)",
            content = @Content(mediaType = "application/problem+json", examples = {
                    @ExampleObject(name = "tampered", value = """
                            {"type":"https://rehab.gov.kz/problems/report-signature-refused","title":"Report signature refused",
                             "status":422,"detail":"The document does not match its signature",
                             "instance":"/ministry/v1/report-submissions","reason":"TAMPERED"}"""),
                    @ExampleObject(name = "expired certificate", value = """
                            {"type":"https://rehab.gov.kz/problems/report-signature-refused","title":"Report signature refused",
                             "status":422,"detail":"The signer's certificate is valid from 2025-03-01T00:00:00Z to 2026-03-01T00:00:00Z",
                             "instance":"/ministry/v1/report-submissions","reason":"CERTIFICATE_NOT_VALID"}""")}))
    @APIResponse(responseCode = "503", description = "The Ministry has no trust anchors configured")
    public Response submit(ReportSubmissionRequest request) {
        ReportSubmission submission = reception.receive(request, identity.getPrincipal().getName(),
                RequestId.current().orElse(null));
        return Response.created(URI.create(PATH + "/" + submission.id)).entity(ReportSubmissionView.receipt(submission)).build();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({MinistryRoles.OFFICER, MinistryRoles.SUBMITTER})
    @Operation(summary = "A received submission, with the document and signature as received (base64)")
    @APIResponse(responseCode = "200", description = "The submission", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "submission", value = """
                    {"submissionId":"0b8f5a52-3c1e-4a57-9d0e-6a8e2f4b7c11","receivedAt":"2026-04-08T06:15:02.318Z",
                     "form":"HOME_SCHOOLING_REIMBURSEMENT","period":"2026-Q1","documentType":"application/json",
                     "documentSha256":"5d41402abc4b2a76b9719d911017c592ae3f6f2f1b0c4e5d3a6b7c8d9e0f1a2b",
                     "signer":"CN=Labour Resources Development Centre,O=JSC Labour Resources Development Centre,C=KZ",
                     "signerSerialNumber":"4f3a9c0d1e2b","submittedBy":"labour-resources-centre",
                     "document":"eyJwZXJpb2QiOiIyMDI2LVExIiwidG90YWwiOnsiY2hpbGRyZW4iOjEyfX0=","signature":"MIIH..."}""")))
    @APIResponse(responseCode = "401", description = "Missing or unknown API key")
    @APIResponse(responseCode = "403", description = "Neither a Ministry officer nor a report submitter")
    @APIResponse(responseCode = "404", description = "No such submission (or another submitter's)")
    public ReportSubmissionView submission(@Parameter(description = "Submission id", example = "0b8f5a52-3c1e-4a57-9d0e-6a8e2f4b7c11")
            @PathParam("id") UUID id) {
        return ReportSubmissionView.withContent(find(id));
    }

    @GET
    @Path("/{id}/document")
    @Produces(MediaType.WILDCARD)
    @RolesAllowed({MinistryRoles.OFFICER, MinistryRoles.SUBMITTER})
    @Operation(summary = "The document exactly as received (the bytes the signature covers)",
            description = "For an independent check: `openssl cms -verify -binary -inform DER -in <id>.p7s -content <file> "
                    + "-CAfile trust-anchors.pem -purpose any` (docs/gateway.md).")
    @APIResponse(responseCode = "200", description = "The bytes, with the document type as Content-Type")
    @APIResponse(responseCode = "404", description = "No such submission (or another submitter's)")
    public Response document(@PathParam("id") UUID id) {
        ReportSubmission submission = find(id);
        return download(submission.document, submission.documentType, submission.id + extension(submission.documentType));
    }

    @GET
    @Path("/{id}/signature")
    @Produces(SIGNATURE_MEDIA_TYPE)
    @RolesAllowed({MinistryRoles.OFFICER, MinistryRoles.SUBMITTER})
    @Operation(summary = "The signature exactly as received: DER CMS (PKCS#7) detached SignedData")
    @APIResponse(responseCode = "200", description = "The signature (DER)")
    @APIResponse(responseCode = "404", description = "No such submission (or another submitter's)")
    public Response signature(@PathParam("id") UUID id) {
        ReportSubmission submission = find(id);
        return download(submission.signature, SIGNATURE_MEDIA_TYPE, submission.id + ".p7s");
    }

    @GET
    @RolesAllowed({MinistryRoles.OFFICER, MinistryRoles.SUBMITTER})
    @Operation(summary = "Received submissions, newest first", description = "Receipts only (no document); filter by form and period.")
    @APIResponse(responseCode = "200", description = "A page of matching submissions (`next` and the `Link` header lead on)")
    @APIResponse(responseCode = "401", description = "Missing or unknown API key")
    @APIResponse(responseCode = "403", description = "Neither a Ministry officer nor a report submitter")
    public Page<ReportSubmissionView> search(
            @Parameter(description = "Form", example = "HOME_SCHOOLING_REIMBURSEMENT") @QueryParam("form") String form,
            @Parameter(description = "Quarter, YYYY-Qn", example = "2026-Q1") @QueryParam("period") String period,
            @BeanParam Paging paging) {
        List<String> conditions = new ArrayList<>();
        Parameters parameters = new Parameters();
        if (form != null) {
            conditions.add("form = :form");
            parameters.and("form", form);
        }
        if (period != null) {
            conditions.add("period = :period");
            parameters.and("period", period);
        }
        if (!isOfficer()) {
            conditions.add("submittedBy = :system");
            parameters.and("system", identity.getPrincipal().getName());
        }
        String query = conditions.isEmpty() ? "1 = 1" : String.join(" and ", conditions);
        PanacheQuery<ReportSubmission> found = ReportSubmission.find(query, Sort.descending("receivedAt", "id"), parameters);
        return paging.of(found, ReportSubmissionView::receipt);
    }

    private ReportSubmission find(UUID id) {
        return ReportSubmission.<ReportSubmission>findByIdOptional(id)
                .filter(submission -> isOfficer() || submission.submittedBy.equals(identity.getPrincipal().getName()))
                .orElseThrow(() -> ProblemException.notFound("No submission " + id));
    }

    private boolean isOfficer() {
        return identity.hasRole(MinistryRoles.OFFICER);
    }

    private static Response download(byte[] bytes, String mediaType, String fileName) {
        return Response.ok(bytes, mediaType)
                .header("Content-Disposition", "attachment; filename=\"" + fileName + "\"")
                .header("X-Content-Type-Options", "nosniff")
                .build();
    }

    private static String extension(String mediaType) {
        return switch (mediaType) {
            case "application/json" -> ".json";
            case "text/csv" -> ".csv";
            case "application/pdf" -> ".pdf";
            default -> ".bin";
        };
    }
}

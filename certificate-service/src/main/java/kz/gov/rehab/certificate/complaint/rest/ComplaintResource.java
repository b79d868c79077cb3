package kz.gov.rehab.certificate.complaint.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.OffsetDateTime;
import java.util.UUID;
import kz.gov.rehab.commons.caller.Caller;
import kz.gov.rehab.commons.caller.CallerIdentity;
import kz.gov.rehab.certificate.application.CertificateApplication;
import kz.gov.rehab.commons.concurrency.IfMatch;
import kz.gov.rehab.certificate.complaint.Complaint;
import kz.gov.rehab.certificate.complaint.Complaints;
import kz.gov.rehab.commons.idempotency.IdempotencyClaim;
import kz.gov.rehab.commons.idempotency.IdempotentRequests;
import kz.gov.rehab.commons.paging.Page;
import kz.gov.rehab.commons.paging.Paging;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Complaints about the result (C10, para 18), decided by the quality authority. */
@Path("/api/v1/certificates/complaints")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Complaints", description = "Complaints to the authorised body for the quality of public services (C10)")
public class ComplaintResource {

    private final Complaints complaints;
    private final CallerIdentity callers;
    private final IdempotentRequests idempotency;

    public ComplaintResource(Complaints complaints, CallerIdentity callers, IdempotentRequests idempotency) {
        this.complaints = complaints;
        this.callers = callers;
        this.idempotency = idempotency;
    }

    @POST
    @RolesAllowed({"egov-portal", "state-corporation"})
    @Operation(summary = "File a complaint about the result", description = "The applicant names the application and their IIN; allowed once there is a result.")
    @RequestBody(content = @Content(schema = @Schema(implementation = NewComplaint.class), examples = @ExampleObject(name = "complaint", value = """
            {"applicationNumber":"CRT-2026-000043","iin":"380922499015","text":"I disagree with the refusal: my identity card was renewed."}""",
            extensions = @Extension(name = "x-example-from", parseValue = true,
                    value = "{\"applicationNumber\":\"POST /api/v1/certificates/applications [expired identity card] number\"}"))))
    @APIResponse(responseCode = "201", description = "Filed, routed to the quality authority", content = @Content(schema = @Schema(implementation = ComplaintView.class)))
    @APIResponse(responseCode = "404", description = "No application with this number and IIN", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "409", description = "No result yet", content = @Content(mediaType = "application/problem+json"))
    public Response file(@HeaderParam(IdempotentRequests.HEADER) String idempotencyKey, @Valid @NotNull NewComplaint complaint) {
        Caller caller = callers.actingAs("egov-portal", "state-corporation");
        IdempotencyClaim<Complaint> claim = idempotency.claim(idempotencyKey, caller.system() + " POST /api/v1/certificates/complaints",
                complaint, filed -> Response.created(URI.create("/api/v1/certificates/complaints/" + filed.id))
                        .entity(ComplaintView.of(filed, complaint.applicationNumber())).build());
        complaints.file(complaint.applicationNumber(), complaint.iin(), complaint.text(), caller, claim);
        return claim.response();
    }

    @GET
    @RolesAllowed("quality-authority")
    @Transactional
    @Operation(summary = "Complaints to decide", description = "Oldest first, a page at a time; by default the open ones.")
    @APIResponse(responseCode = "200", description = "A page of complaints")
    @APIResponse(responseCode = "400", description = "A page or size that is not valid", content = @Content(mediaType = "application/problem+json"))
    public Page<ComplaintView> list(@QueryParam("status") Complaint.Status status, @BeanParam Paging paging) {
        Complaint.Status wanted = status == null ? Complaint.Status.FILED : status;
        return paging.of(Complaint.<Complaint>find("status = ?1 order by filedAt, id", wanted),
                c -> ComplaintView.of(c, CertificateApplication.<CertificateApplication>findById(c.applicationId).number));
    }

    @POST
    @Path("/{id}/decision")
    @RolesAllowed("quality-authority")
    @Operation(summary = "Record the outcome of a complaint")
    @RequestBody(content = @Content(schema = @Schema(implementation = Decision.class), examples = @ExampleObject(name = "upheld", value = """
            {"outcome":"UPHELD","reason":"The hearing record shows the original reference was presented; the akimat is to review again."}""")))
    @APIResponse(responseCode = "200", description = "Decided", content = @Content(schema = @Schema(implementation = ComplaintView.class)))
    @APIResponse(responseCode = "409", description = "Already decided", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "412", description = "If-Match names a version the complaint has left (version-mismatch)",
            content = @Content(mediaType = "application/problem+json"))
    public ComplaintView decide(@PathParam("id") UUID id,
            @Parameter(description = IfMatch.DESCRIPTION) @HeaderParam(IfMatch.HEADER) String ifMatch, @Valid @NotNull Decision decision) {
        Complaint decided = complaints.decide(id, decision.outcome(), decision.reason(), IfMatch.version(ifMatch),
                callers.actingAs("quality-authority"));
        return ComplaintView.of(decided, null);
    }

    public record NewComplaint(
            @NotBlank @Size(max = 40) String applicationNumber,
            @NotNull @Pattern(regexp = "\\d{12}", message = "an IIN is exactly 12 digits") String iin,
            @NotBlank @Size(max = 10000) String text) {
    }

    public record Decision(@NotNull Complaint.Outcome outcome, @NotBlank @Size(max = 4000) String reason) {
    }

    public record ComplaintView(UUID id, String applicationNumber, OffsetDateTime filedAt, String text, Complaint.Status status,
            Complaint.Outcome outcome, String outcomeReason, OffsetDateTime decidedAt, long version) {
        static ComplaintView of(Complaint c, String applicationNumber) {
            return new ComplaintView(c.id, applicationNumber, c.filedAt, c.text, c.status, c.outcome, c.outcomeReason, c.decidedAt,
                    c.version);
        }
    }
}

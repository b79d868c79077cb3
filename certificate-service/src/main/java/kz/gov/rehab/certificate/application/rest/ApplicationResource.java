package kz.gov.rehab.certificate.application.rest;

import kz.gov.rehab.commons.concurrency.IfMatch;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import kz.gov.rehab.commons.caller.CallerIdentity;
import kz.gov.rehab.commons.paging.Page;
import kz.gov.rehab.commons.paging.Paging;
import kz.gov.rehab.commons.time.ServiceClock;
import kz.gov.rehab.certificate.application.ApplicationStatus;
import kz.gov.rehab.certificate.application.Applications;
import kz.gov.rehab.certificate.application.CertificateApplication;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Reading applications: the akimat's work list (own applications only) and one application. */
@Path("/api/v1/certificates/applications")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Review by the akimat", description = "Work list, preliminary refusal, hearing, decision (C7, C8)")
public class ApplicationResource {

    private final Applications applications;
    private final CallerIdentity callers;
    private final ServiceClock clock;

    public ApplicationResource(Applications applications, CallerIdentity callers, ServiceClock clock) {
        this.applications = applications;
        this.callers = callers;
        this.clock = clock;
    }

    @GET
    @RolesAllowed("akimat")
    @Transactional
    @Operation(summary = "Work list of the akimat",
            description = "The applications routed to the calling akimat (C6), optionally of one status, ordered by ready date and "
                    + "number, a page at a time (`next` and the `Link` header lead on); overdue ones are flagged.")
    @APIResponse(responseCode = "200", description = "A page of the work list")
    @APIResponse(responseCode = "400", description = "A page or size that is not valid", content = @Content(mediaType = "application/problem+json"))
    public Page<ApplicationView> workList(
            @Parameter(description = "Only applications in this status") @QueryParam("status") ApplicationStatus status,
            @Parameter(description = "Only overdue applications") @QueryParam("overdue") Boolean overdue,
            @BeanParam Paging paging) {
        LocalDate today = clock.today();
        return paging.of(CertificateApplication.workList(callers.organisation(), status, overdue, today),
                a -> ApplicationView.summary(a, today));
    }

    @GET
    @Path("/{number}")
    @RolesAllowed({"akimat", "state-corporation"})
    @Transactional
    @Operation(summary = "One application",
            description = "With its receipt, what the registries said at intake, and its stage history. An akimat sees only applications routed to it, a branch only those it accepted.")
    @APIResponse(responseCode = "200", description = "The application; its ETag is its version: send it as If-Match with an action on the application",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApplicationView.class)))
    @APIResponse(responseCode = "404", description = "No such application for this caller", content = @Content(mediaType = "application/problem+json"))
    public Response one(@Parameter(example = "CRT-2026-000042") @PathParam("number") String number) {
        CertificateApplication application = applications.visibleTo(number, callers.actingAs("akimat", "state-corporation"));
        return Response.ok(ApplicationView.of(application, clock.today())).tag(IfMatch.entityTag(application.version)).build();
    }
}

package kz.gov.rehab.certificate.serviceinfo.rest;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import kz.gov.rehab.commons.caller.Caller;
import kz.gov.rehab.commons.caller.CallerIdentity;
import kz.gov.rehab.commons.time.ServiceClock;
import kz.gov.rehab.certificate.serviceinfo.ServiceInformation;
import kz.gov.rehab.certificate.serviceinfo.ServiceInformationPublisher;
import kz.gov.rehab.commons.idempotency.IdempotencyClaim;
import kz.gov.rehab.commons.idempotency.IdempotentRequests;
import kz.gov.rehab.commons.paging.Page;
import kz.gov.rehab.commons.paging.Paging;
import kz.gov.rehab.commons.problem.ProblemException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Information on how the service is delivered (C11, para 20), as versions with effective dates. */
@Path("/api/v1/certificates/service-information")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Service information", description = "The service standard, items 1-12, versioned (C11)")
public class ServiceInformationResource {

    /** Role of the authorised body that approves the rules and publishes the service information. */
    public static final String EDITOR_ROLE = "service-information-editor";

    private final ServiceInformationPublisher publisher;
    private final CallerIdentity callers;
    private final IdempotentRequests idempotency;
    private final ServiceClock clock;

    public ServiceInformationResource(ServiceInformationPublisher publisher, CallerIdentity callers, IdempotentRequests idempotency,
            ServiceClock clock) {
        this.publisher = publisher;
        this.callers = callers;
        this.idempotency = idempotency;
        this.clock = clock;
    }

    @GET
    @Authenticated
    @Transactional
    @Operation(summary = "The service information in force", description = "On a given date (default today).")
    @APIResponse(responseCode = "200", description = "The version in force", content = @Content(schema = @Schema(implementation = ServiceInformation.class),
            examples = @ExampleObject(name = "version 1", value = """
                    {"version":1,"effectiveFrom":"2026-07-12","approvedOn":"2026-04-01","updateDueOn":"2026-04-06",
                     "items":[{"item":5,"title":"Deadline","text":"5 (five) working days, the day of acceptance at the State Corporation not counted"}]}""")))
    public ServiceInformation inForce(@Parameter(description = "Date, default today", example = "2026-07-15") @QueryParam("on") LocalDate on) {
        LocalDate day = on == null ? clock.today() : on;
        return ServiceInformation.inForceOn(day)
                .orElseThrow(() -> ProblemException.notFound("No service information is in force on " + day));
    }

    @GET
    @Path("/versions")
    @Authenticated
    @Transactional
    @Operation(summary = "All versions of the service information, oldest first, a page at a time")
    @APIResponse(responseCode = "200", description = "A page of versions, oldest first")
    @APIResponse(responseCode = "400", description = "A page or size that is not valid", content = @Content(mediaType = "application/problem+json"))
    public Page<ServiceInformation> versions(@BeanParam Paging paging) {
        return paging.of(ServiceInformation.allVersions(), version -> version);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(EDITOR_ROLE)
    @Operation(summary = "Publish a new version", description = "Emits service-information.changed addressed to the Unified Contact Centre, "
            + "the providers, the State Corporation and the digital-government operator, with the due date (3 working days after approval).")
    @RequestBody(content = @Content(schema = @Schema(implementation = NewVersion.class), examples = @ExampleObject(name = "new version", value = """
            {"approvedOn":"2026-11-20","effectiveFrom":"2030-01-01","items":[{"item":1,"title":"Name of the public service","text":"..."},
             {"item":2,"title":"Item 2 of the standard","text":"..."},
             {"item":3,"title":"Item 3 of the standard","text":"..."},
             {"item":4,"title":"Item 4 of the standard","text":"..."},
             {"item":5,"title":"Item 5 of the standard","text":"..."},
             {"item":6,"title":"Item 6 of the standard","text":"..."},
             {"item":7,"title":"Item 7 of the standard","text":"..."},
             {"item":8,"title":"Item 8 of the standard","text":"..."},
             {"item":9,"title":"Item 9 of the standard","text":"..."},
             {"item":10,"title":"Item 10 of the standard","text":"..."},
             {"item":11,"title":"Item 11 of the standard","text":"..."},
             {"item":12,"title":"Item 12 of the standard","text":"..."}]}""")))
    @APIResponse(responseCode = "201", description = "Published", content = @Content(schema = @Schema(implementation = ServiceInformation.class)))
    @APIResponse(responseCode = "400", description = "Not items 1-12, or impossible dates", content = @Content(mediaType = "application/problem+json"))
    public Response publish(@HeaderParam(IdempotentRequests.HEADER) String idempotencyKey, @Valid @NotNull NewVersion version) {
        Caller caller = callers.actingAs(EDITOR_ROLE);
        IdempotencyClaim<ServiceInformation> claim = idempotency.claim(idempotencyKey,
                caller.system() + " POST /api/v1/certificates/service-information", version,
                published -> Response.created(URI.create("/api/v1/certificates/service-information/versions")).entity(published).build());
        publisher.publish(version.approvedOn(), version.effectiveFrom(),
                version.items().stream().map(i -> new ServiceInformation.StandardItem(i.item(), i.title(), i.text())).toList(), caller, claim);
        return claim.response();
    }

    public record NewVersion(@NotNull LocalDate approvedOn, @NotNull LocalDate effectiveFrom,
            @NotNull @Size(min = 12, max = 12) List<@Valid @NotNull Item> items) {
    }

    public record Item(@NotNull Integer item, @NotBlank @Size(max = 300) String title, @NotBlank @Size(max = 4000) String text) {
    }
}

package kz.gov.rehab.compensation.decision.amount.rest;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import kz.gov.rehab.commons.caller.CallerIdentity;
import kz.gov.rehab.commons.paging.Page;
import kz.gov.rehab.commons.paging.Paging;
import kz.gov.rehab.compensation.decision.amount.MrpRegister;
import kz.gov.rehab.compensation.decision.amount.MrpRegister.MrpEntry;
import kz.gov.rehab.compensation.decision.amount.MrpRegister;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The monthly calculation index (MRP) per budget period (docs/law.md §4): read by any caller, entered
 * by one rules operator and confirmed by another.
 */
@Path("/api/v1/compensations/rules/mrp")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Compensation rules", description = "The MRP of each budget period, entered and confirmed by two operators")
public class MrpResource {

    private final MrpRegister register;
    private final CallerIdentity callers;

    public MrpResource(MrpRegister register, CallerIdentity callers) {
        this.callers = callers;
        this.register = register;
    }

    @GET
    @Authenticated
    @Operation(summary = "The MRP of every budget period entered", description = "Confirmed rows are in force; an unconfirmed one waits for a second operator. "
            + "Oldest period first, a page at a time.")
    @APIResponse(responseCode = "400", description = "A page or size that is not valid", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "200", description = "A page (`next` and the `Link` header lead on)")
    public Page<MrpEntry> all(@BeanParam Paging paging) {
        return paging.of(register.all());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("rules-operator")
    @Operation(summary = "Enter the MRP of a budget period",
            description = "As the republican budget law sets it, with that law as source. Not in force until another rules operator confirms it.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = NewMrp.class),
            examples = @ExampleObject(name = "2027", value = """
                    {"effectiveFrom":"2027-01-01","effectiveTo":"2027-12-31","amountKzt":"4500.00",
                     "source":"Law of the RK on the republican budget for 2027-2029, art. 9"}""")))
    @APIResponse(responseCode = "201", description = "Entered, waiting for confirmation",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MrpEntry.class)))
    @APIResponse(responseCode = "409", description = "An MRP already covers part of the period", content = @Content(mediaType = "application/problem+json"))
    public Response enter(@Valid @NotNull NewMrp mrp) {
        MrpEntry entry = register.enter(mrp.effectiveFrom(), mrp.effectiveTo(), mrp.amountKzt(), mrp.source(),
                callers.name());
        return Response.created(URI.create("/api/v1/compensations/rules/mrp/" + entry.effectiveFrom())).entity(entry).build();
    }

    @POST
    @Path("/{effectiveFrom}/confirmation")
    @RolesAllowed("rules-operator")
    @Operation(summary = "Confirm an entered MRP (four-eyes)",
            description = "By another rules operator than the one who entered it. Puts the MRP in force; the applications filed in its "
                    + "period that wait for it (AWAITING_MRP) go on to the decision, `released` counts them.",
            // four eyes: the example is confirmed by another operator than the one who entered it
            extensions = @Extension(name = "x-example-caller", value = "rules-checker"))
    @APIResponse(responseCode = "200", description = "In force", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = MrpEntry.class)))
    @APIResponse(responseCode = "403", description = "The operator who entered it cannot confirm it", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "404", description = "No MRP row starts on that date", content = @Content(mediaType = "application/problem+json"))
    public MrpEntry confirm(@Parameter(example = "2027-01-01") @PathParam("effectiveFrom") LocalDate effectiveFrom) {
        return register.confirm(effectiveFrom, callers.name());
    }

    public record NewMrp(@NotNull LocalDate effectiveFrom, @NotNull LocalDate effectiveTo,
            @NotNull @DecimalMin(value = "1", inclusive = true) @DecimalMax("1000000") @Digits(integer = 10, fraction = 2) BigDecimal amountKzt,
            @NotBlank @Size(max = 500) String source) {
    }
}

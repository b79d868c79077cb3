package kz.gov.rehab.compensation.decision.amount.rest;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
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
import java.time.LocalDate;
import kz.gov.rehab.commons.caller.CallerIdentity;
import kz.gov.rehab.commons.paging.Page;
import kz.gov.rehab.commons.paging.Paging;
import kz.gov.rehab.compensation.decision.amount.RateRegister;
import kz.gov.rehab.compensation.decision.amount.RateRegister.CategoryRate;
import kz.gov.rehab.compensation.decision.amount.RateRegister.TerritoryRate;
import kz.gov.rehab.compensation.decision.amount.RateRegister;
import kz.gov.rehab.compensation.programme.PayoutProgramme;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The rates of the programmes (docs/law.md §4 and §3): read by any caller, entered by one rules operator
 * with their source and confirmed by another (four-eyes), like the MRP.
 */
@Path("/api/v1/compensations/rules")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Compensation rules")
public class RateResource {

    private final RateRegister register;
    private final CallerIdentity callers;

    public RateResource(RateRegister register, CallerIdentity callers) {
        this.callers = callers;
        this.register = register;
    }

    @GET
    @Path("/rates")
    @Authenticated
    @Operation(summary = "The rates per category of recipient", description = "Confirmed rows are in force. By programme, category and "
            + "date, a page at a time.")
    @APIResponse(responseCode = "400", description = "A page or size that is not valid", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "200", description = "A page (`next` and the `Link` header lead on)")
    public Page<CategoryRate> categoryRates(@BeanParam Paging paging) {
        return paging.of(register.categoryRates());
    }

    @POST
    @Path("/rates")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("rules-operator")
    @Operation(summary = "Enter a rate per category of recipient",
            description = "MRP per month counted and the cap, from a date, with the law that sets it. In force once another rules operator confirms it.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "suffered from repressions",
            value = """
                    {"programme":"REPRESSION_ONE_TIME","category":"SUFFERED_FROM_REPRESSIONS","effectiveFrom":"2027-01-01",
                     "mrpPerMonth":"0.5","capMrp":"50","source":"the law or decision that sets the rate"}""")))
    @APIResponse(responseCode = "201", description = "Entered, waiting for confirmation")
    @APIResponse(responseCode = "409", description = "A rate of that category from that date is already entered",
            content = @Content(mediaType = "application/problem+json"))
    public Response enterCategoryRate(@Valid @NotNull NewCategoryRate rate) {
        CategoryRate entered = register.enterCategoryRate(rate.programme(), rate.category(), rate.effectiveFrom(), rate.mrpPerMonth(),
                rate.capMrp(), rate.source(), callers.name());
        return Response.status(201).entity(entered).build();
    }

    @POST
    @Path("/rates/{programme}/{category}/{effectiveFrom}/confirmation")
    @RolesAllowed("rules-operator")
    @Operation(summary = "Confirm an entered rate (four-eyes)", description = "By another rules operator than the one who entered it.")
    @APIResponse(responseCode = "403", description = "The operator who entered it cannot confirm it", content = @Content(mediaType = "application/problem+json"))
    public CategoryRate confirmCategoryRate(@PathParam("programme") PayoutProgramme programme, @PathParam("category") String category,
            @PathParam("effectiveFrom") LocalDate effectiveFrom) {
        return register.confirmCategoryRate(programme, category, effectiveFrom, callers.name());
    }

    @GET
    @Path("/home-schooling-rates")
    @Authenticated
    @Operation(summary = "The home-schooling rates per territory", description = "Confirmed rows are in force. By territory and date, "
            + "a page at a time.")
    @APIResponse(responseCode = "400", description = "A page or size that is not valid", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "200", description = "A page (`next` and the `Link` header lead on)")
    public Page<TerritoryRate> territoryRates(@BeanParam Paging paging) {
        return paging.of(register.territoryRates());
    }

    @POST
    @Path("/home-schooling-rates")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("rules-operator")
    @Operation(summary = "Enter a home-schooling rate of a territory",
            description = "As its maslikhat decided (docs/law.md §3): the region's or district's KATO code, the MRP a month, the decision. "
                    + "In force once another rules operator confirms it.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "Akmola region", value = """
            {"territoryKato":"110000000","territoryName":"Ақмола облысы","territoryLevel":"REGION","effectiveFrom":"2027-01-01",
             "mrpPerMonth":"6","decision":"Decision of the maslikhat of Akmola region No. … of …"}""")))
    @APIResponse(responseCode = "201", description = "Entered, waiting for confirmation")
    @APIResponse(responseCode = "400", description = "The code does not fit the level", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "409", description = "A rate of that territory from that date is already entered",
            content = @Content(mediaType = "application/problem+json"))
    public Response enterTerritoryRate(@Valid @NotNull NewTerritoryRate rate) {
        TerritoryRate entered = register.enterTerritoryRate(rate.territoryKato(), rate.territoryName(), rate.territoryLevel(),
                rate.effectiveFrom(), rate.mrpPerMonth(), rate.decision(), callers.name());
        return Response.status(201).entity(entered).build();
    }

    @POST
    @Path("/home-schooling-rates/{territoryKato}/{effectiveFrom}/confirmation")
    @RolesAllowed("rules-operator")
    @Operation(summary = "Confirm an entered home-schooling rate (four-eyes)", description = "By another rules operator than the one who entered it.")
    @APIResponse(responseCode = "403", description = "The operator who entered it cannot confirm it", content = @Content(mediaType = "application/problem+json"))
    public TerritoryRate confirmTerritoryRate(@PathParam("territoryKato") String territoryKato,
            @PathParam("effectiveFrom") LocalDate effectiveFrom) {
        return register.confirmTerritoryRate(territoryKato, effectiveFrom, callers.name());
    }

    public record NewCategoryRate(@NotNull PayoutProgramme programme, @NotBlank @Size(max = 40) @Pattern(regexp = "[A-Z_]+") String category,
            @NotNull LocalDate effectiveFrom,
            @NotNull @DecimalMin(value = "0", inclusive = false) @DecimalMax("1000") BigDecimal mrpPerMonth,
            @DecimalMin(value = "0", inclusive = false) @DecimalMax("100000") BigDecimal capMrp,
            @NotBlank @Size(max = 500) String source) {
    }

    public record NewTerritoryRate(@NotNull @Pattern(regexp = "[0-9]{9}") String territoryKato, @NotBlank @Size(max = 200) String territoryName,
            @NotNull @Pattern(regexp = "REGION|DISTRICT") String territoryLevel, @NotNull LocalDate effectiveFrom,
            @NotNull @DecimalMin(value = "0", inclusive = false) @DecimalMax("100") BigDecimal mrpPerMonth,
            @NotBlank @Size(max = 500) String decision) {
    }
}

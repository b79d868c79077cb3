package kz.gov.rehab.certificate.calendar.rest;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
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
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.Context;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import kz.gov.rehab.certificate.calendar.DayKind;
import kz.gov.rehab.certificate.calendar.WorkingDayCalendar;
import kz.gov.rehab.certificate.calendar.WorkingDayCalendar.ListedDay;
import kz.gov.rehab.certificate.calendar.WorkingDayCalendar.YearCalendar;
import kz.gov.rehab.commons.idempotency.IdempotentRequests;
import kz.gov.rehab.commons.problem.ProblemException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The working-day calendar (DOMAIN.md §4) that every deadline of the service uses, read-only for
 * any caller of the gateway so that operators, the contact centre and other systems count the same
 * days; a calendar operator adds a year's days off as the government publishes them.
 */
@Path("/api/v1/certificates/calendar")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Working-day calendar", description = "Days off and working-day arithmetic (Labour Code art. 85)")
public class CalendarResource {

    private static final String YEAR_2026 = """
            {"year":2026,"legalBasis":"Law of the RK \\"On holidays\\" art. 5; Labour Code art. 85","workingDays":246,
             "listedDays":[{"day":"2026-01-01","kind":"DAY_OFF","reason":"New Year"},
                           {"day":"2026-03-23","kind":"DAY_OFF","reason":"Nauryz meiramy (21-22 March are a weekend)"}]}""";
    private static final String NOT_COVERED = """
            {"type":"https://rehab.gov.kz/problems/calendar-year-not-covered","title":"No working-day calendar for that year",
             "status":422,"detail":"The working-day calendar has no data for 2027: a calendar operator must add that year's days off before deadlines reaching into it can be computed","year":2027}""";

    private final WorkingDayCalendar calendar;
    private final IdempotentRequests idempotency;

    public CalendarResource(WorkingDayCalendar calendar, IdempotentRequests idempotency) {
        this.calendar = calendar;
        this.idempotency = idempotency;
    }

    @GET
    @Path("/{year}")
    @Authenticated
    @Operation(summary = "The days off and transferred working days of a year",
            description = "Weekdays off (holidays, transferred days off) and worked weekend days of one year, and its number of working days.")
    @APIResponse(responseCode = "200", description = "The year's calendar",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = YearCalendar.class),
                    examples = @ExampleObject(name = "2026", value = YEAR_2026)))
    @APIResponse(responseCode = "404", description = "The calendar holds no data for that year",
            content = @Content(mediaType = "application/problem+json"))
    public YearCalendar year(@Parameter(description = "Calendar year", example = "2026") @PathParam("year") int year) {
        return calendar.year(year).orElseThrow(() -> ProblemException.notFound("The working-day calendar holds no data for " + year));
    }

    @GET
    @Path("/working-days")
    @Authenticated
    @Operation(summary = "Date plus N working days",
            description = "The date that is N working days after the given date, the given date itself not counted (the way the service deadline of item 5 is counted).")
    @APIResponse(responseCode = "200", description = "The resulting date",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = WorkingDaysAnswer.class),
                    examples = @ExampleObject(name = "Nauryz", value = "{\"from\":\"2026-03-20\",\"workingDays\":5,\"date\":\"2026-04-01\"}")))
    @APIResponse(responseCode = "422", description = "The count reaches a year the calendar holds no data for",
            content = @Content(mediaType = "application/problem+json", examples = @ExampleObject(name = "not covered", value = NOT_COVERED)))
    public WorkingDaysAnswer plusWorkingDays(
            @Parameter(description = "Start date (not counted)", example = "2026-03-20", required = true) @QueryParam("from") @NotNull LocalDate from,
            @Parameter(description = "Number of working days", example = "5", required = true) @QueryParam("add") @NotNull @Min(0) @Max(366) Integer add) {
        return new WorkingDaysAnswer(from, add, calendar.plusWorkingDays(from, add));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("calendar-operator")
    @Operation(summary = "Add a year's days off",
            description = "Records the calendar of a year as published by the government (holidays and transferred days). A year is added once.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = NewYear.class),
            examples = @ExampleObject(name = "2027 (excerpt)", value = """
                    {"year":2027,"legalBasis":"Government decree on transferring days off in 2027",
                     "days":[{"day":"2027-01-01","kind":"DAY_OFF","reason":"New Year"},
                             {"day":"2027-03-22","kind":"DAY_OFF","reason":"Nauryz meiramy"}]}""")))
    @APIResponse(responseCode = "201", description = "The year was added",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = YearCalendar.class)))
    @APIResponse(responseCode = "409", description = "The year is already recorded", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "400", description = "A listed day is not valid", content = @Content(mediaType = "application/problem+json"))
    public Response addYear(
            @Parameter(description = "Makes a retry safe: the same key and body return the first answer")
            @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey,
            @Valid @NotNull NewYear newYear, @Context SecurityContext security) {
        String operator = security.getUserPrincipal().getName();
        return idempotency.execute(idempotencyKey, operator + " POST /api/v1/certificates/calendar", newYear, () -> {
            YearCalendar added = calendar.addYear(newYear.year(), newYear.legalBasis(),
                    newYear.days().stream().map(d -> new ListedDay(d.day(), d.kind(), d.reason())).toList(), operator);
            return Response.created(URI.create("/api/v1/certificates/calendar/" + added.year())).entity(added).build();
        });
    }

    public record WorkingDaysAnswer(LocalDate from, int workingDays, LocalDate date) {
    }

    public record NewYear(
            @NotNull @Min(1900) @Max(2200) Integer year,
            @NotBlank @Size(max = 500) String legalBasis,
            @NotNull @Size(max = 120) List<@Valid @NotNull NewDay> days) {
    }

    public record NewDay(@NotNull LocalDate day, @NotNull DayKind kind, @NotBlank @Size(max = 200) String reason) {
    }
}

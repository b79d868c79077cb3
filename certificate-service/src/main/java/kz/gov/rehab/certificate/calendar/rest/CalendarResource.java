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
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.List;
import kz.gov.rehab.certificate.calendar.TransferDecree;
import kz.gov.rehab.certificate.calendar.WorkingDayCalendar;
import kz.gov.rehab.certificate.calendar.WorkingDays;
import kz.gov.rehab.commons.caller.CallerIdentity;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The working-day calendar (docs/law.md §4) that every deadline of the service uses, computed for any
 * year from the holiday rules; read-only for any caller of the gateway so that operators, the contact
 * centre and other systems count the same days. A calendar operator enters the two facts announced
 * each year — the first day of Kurban Ait and the Government's transfer decree — which confirm it.
 */
@Path("/api/v1/certificates/calendar")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Working-day calendar", description = "Days off and working-day arithmetic (Law \"On holidays\" art. 5; Labour Code art. 84-85)")
public class CalendarResource {

    private static final String YEAR_2027 = """
            {"year":2027,"status":"PROVISIONAL","provisional":true,"missing":["KURBAN_AIT","TRANSFER_DECREE"],"workingDays":247,
             "listedDays":[{"day":"2027-01-01","kind":"DAY_OFF","reason":"New Year","source":"Law \\"On holidays\\" art. 1: New Year, 1-2 January"},
                           {"day":"2027-01-04","kind":"DAY_OFF","reason":"New Year (2027-01-02 is a Saturday)","source":"Law \\"On holidays\\" art. 1: New Year, 1-2 January; Law of the RK \\"On holidays in the Republic of Kazakhstan\\" art. 5: a holiday on a day off moves the day off to the next working day"}]}""";

    private final WorkingDayCalendar calendar;
    private final CallerIdentity callers;

    public CalendarResource(WorkingDayCalendar calendar, CallerIdentity callers) {
        this.callers = callers;
        this.calendar = calendar;
    }

    @GET
    @Path("/{year}")
    @Authenticated
    @Operation(summary = "The days off and transferred working days of a year",
            description = "Weekdays off (holidays, days off moved from a weekend, transferred days off) and worked weekend days of "
                    + "one year, each with its reason and legal basis, and the year's number of working days. A year is PROVISIONAL "
                    + "until its Kurban Ait date and its transfer decree are entered (`missing` lists what it lacks), CONFIRMED after.")
    @APIResponse(responseCode = "200", description = "The year's calendar",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = YearView.class),
                    examples = @ExampleObject(name = "2027 (excerpt)", value = YEAR_2027)))
    @APIResponse(responseCode = "422", description = "The year is outside the years the holiday rules are kept for",
            content = @Content(mediaType = "application/problem+json"))
    public YearView year(@Parameter(description = "Calendar year", example = "2027") @PathParam("year") int year) {
        return YearView.of(calendar.year(year));
    }

    @GET
    @Path("/working-days")
    @Authenticated
    @Operation(summary = "Date plus N working days",
            description = "The date that is N working days after the given date, the given date itself not counted (the way the "
                    + "service deadline of item 5 is counted). `provisional` says that a year counted through still awaits its "
                    + "announced facts.")
    @APIResponse(responseCode = "200", description = "The resulting date",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = WorkingDaysAnswer.class),
                    examples = @ExampleObject(name = "year end", value = """
                            {"from":"2026-12-28","workingDays":5,"date":"2027-01-06","provisional":true,"provisionalYears":[2027]}""")))
    public WorkingDaysAnswer plusWorkingDays(
            @Parameter(description = "Start date (not counted)", example = "2026-12-28", required = true) @QueryParam("from") @NotNull LocalDate from,
            @Parameter(description = "Number of working days", example = "5", required = true) @QueryParam("add") @NotNull @Min(0) @Max(366) Integer add) {
        WorkingDays.Counted counted = calendar.plus(from, add);
        return new WorkingDaysAnswer(from, add, counted.date(), counted.provisional(),
                counted.provisionalYears().stream().sorted().toList());
    }

    @PUT
    @Path("/{year}/kurban-ait")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("calendar-operator")
    @Operation(summary = "Enter the first day of Kurban Ait of a year",
            description = "The day as announced, with its basis (Labour Code art. 84 p. 5: a day off that never moves). Entered once; "
                    + "the same day again changes nothing. With the transfer decree it confirms the year, and the open deadlines "
                    + "counted through it are counted again (never earlier than promised).")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = KurbanAitEntry.class),
            examples = @ExampleObject(name = "2027", value = """
                    {"firstDay":"2027-05-17","legalBasis":"Announcement of the Spiritual Administration of Muslims of Kazakhstan on Kurban Ait 2027"}""")))
    @APIResponse(responseCode = "200", description = "The year's calendar with the day entered",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = YearView.class)))
    @APIResponse(responseCode = "400", description = "The day is not in that year", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "409", description = "Another day is already entered for that year",
            content = @Content(mediaType = "application/problem+json"))
    public YearView enterKurbanAit(@Parameter(example = "2027") @PathParam("year") int year, @Valid @NotNull KurbanAitEntry entry) {
        return YearView.of(calendar.enterKurbanAit(year, entry.firstDay(), entry.legalBasis(),
                callers.name()));
    }

    @PUT
    @Path("/{year}/transfer-decree")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("calendar-operator")
    @Operation(summary = "Enter the Government's transfer decree of a year",
            description = "Each transfer makes a weekday a day off and a Saturday or Sunday a working day (Labour Code art. 85 p. 3); "
                    + "a decree may transfer nothing. Entered once; the same decree again changes nothing.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TransferDecreeEntry.class),
            examples = @ExampleObject(name = "2027", value = """
                    {"legalBasis":"Decree of the Government of the RK on transferring days off in 2027",
                     "transfers":[{"dayOff":"2027-01-05","workingDay":"2027-01-09"}]}""")))
    @APIResponse(responseCode = "200", description = "The year's calendar with the decree entered",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = YearView.class)))
    @APIResponse(responseCode = "400", description = "A transfer is not valid", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "409", description = "Another decree is already entered for that year",
            content = @Content(mediaType = "application/problem+json"))
    public YearView enterTransferDecree(@Parameter(example = "2027") @PathParam("year") int year,
            @Valid @NotNull TransferDecreeEntry entry) {
        return YearView.of(calendar.enterTransferDecree(year, entry.legalBasis(),
                entry.transfers().stream().map(t -> new TransferDecree.Transfer(t.dayOff(), t.workingDay())).toList(),
                callers.name()));
    }

    public record WorkingDaysAnswer(LocalDate from, int workingDays, LocalDate date,
            @Schema(description = "A year counted through is provisional: the date may move later (never earlier) once it is confirmed")
            boolean provisional,
            List<Integer> provisionalYears) {
    }

    public record KurbanAitEntry(@NotNull LocalDate firstDay, @NotBlank @Size(max = 500) String legalBasis) {
    }

    public record TransferDecreeEntry(@NotBlank @Size(max = 500) String legalBasis,
            @NotNull @Size(max = 60) List<@Valid @NotNull Transfer> transfers) {
    }

    public record Transfer(@NotNull LocalDate dayOff, @NotNull LocalDate workingDay) {
    }
}

package kz.gov.rehab.certificate.queue.rest;

import static kz.gov.rehab.certificate.queue.QueueTimes.local;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
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
import java.net.URI;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import kz.gov.rehab.commons.caller.Caller;
import kz.gov.rehab.commons.caller.CallerIdentity;
import kz.gov.rehab.certificate.queue.BranchKind;
import kz.gov.rehab.certificate.queue.BranchSchedule;
import kz.gov.rehab.certificate.queue.DailySummary;
import kz.gov.rehab.certificate.queue.ElectronicQueue;
import kz.gov.rehab.certificate.queue.OpeningHours;
import kz.gov.rehab.certificate.queue.QueueTicket;
import kz.gov.rehab.commons.idempotency.IdempotencyClaim;
import kz.gov.rehab.commons.idempotency.IdempotentRequests;
import kz.gov.rehab.commons.problem.ProblemException;
import kz.gov.rehab.commons.time.ServiceClock;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The State Corporation's day (standard items 5.2, 5.3 and 9): schedules, the electronic queue, the daily summary. */
@Path(QueueResource.PATH)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Electronic queue", description = "Branch schedules, tickets and slots, calls to a window, wait and service times (standard items 5.2, 5.3, 9)")
public class QueueResource {

    static final String PATH = "/api/v1/certificates/queue";

    static final String TICKET = """
            {"number":"ASTANA-01-20261207-W0001","branch":"ASTANA-01","channel":"WALK_IN","status":"WAITING",
             "takenAt":"2026-12-07T10:00:00+05:00","queuedAt":"2026-12-07T10:00:00+05:00"}""";
    static final String CALLED = """
            {"number":"ASTANA-01-20261207-W0001","branch":"ASTANA-01","channel":"WALK_IN","status":"CALLED",
             "takenAt":"2026-12-07T10:00:00+05:00","queuedAt":"2026-12-07T10:00:00+05:00","calledAt":"2026-12-07T10:16:00+05:00",
             "window":"3","waitSeconds":960,"waitOverLimit":true}""";
    static final String CLOSED = """
            {"type":"https://rehab.gov.kz/problems/branch-closed","title":"The branch is closed","status":422,
             "detail":"Branch ASTANA-01 does not receive people at 2026-12-05T14:00:00+05:00 (standard item 9); it opens next on 2026-12-07 09:00–18:00",
             "branch":"ASTANA-01","nextOpening":"2026-12-07T09:00:00+05:00","openingHours":"2026-12-07 09:00-18:00"}""";
    static final String SUMMARY = """
            {"branch":"ASTANA-01","date":"2026-12-07","tickets":2,"called":2,"served":1,"waitMedianSeconds":60,"waitP95Seconds":960,
             "serviceMedianSeconds":300,"serviceP95Seconds":300,"waitBreaches":1,"serviceBreaches":0,"maxWaitMinutes":15,"maxServiceMinutes":20}""";

    private final ElectronicQueue queue;
    private final BranchSchedule schedule;
    private final CallerIdentity callers;
    private final ServiceClock clock;
    private final IdempotentRequests idempotency;

    public QueueResource(ElectronicQueue queue, BranchSchedule schedule, CallerIdentity callers, ServiceClock clock,
            IdempotentRequests idempotency) {
        this.idempotency = idempotency;
        this.queue = queue;
        this.schedule = schedule;
        this.callers = callers;
        this.clock = clock;
    }

    /** A branch's hours on a day, whether it is open now, and when it opens next. */
    public record ScheduleView(String branch, BranchKind kind, LocalDate date, String opens, String closes, String basis,
            boolean openNow, OffsetDateTime nextOpening) {
    }

    /** A ticket as the counter and the portal see it. */
    public record TicketView(String number, String branch, QueueTicket.Channel channel, QueueTicket.Status status,
            OffsetDateTime slotAt, OffsetDateTime takenAt, OffsetDateTime queuedAt, OffsetDateTime calledAt, String window,
            Long waitSeconds, boolean waitOverLimit, OffsetDateTime servedAt, Long serviceSeconds, boolean serviceOverLimit,
            String applicationNumber) {

        static TicketView of(QueueTicket t, ZoneId zone) {
            return new TicketView(t.number, t.branchNumber, t.channel, t.status, local(t.slotAt, zone), local(t.takenAt, zone),
                    local(t.queuedAt, zone), local(t.calledAt, zone), t.window, t.waitSeconds, t.waitBreach, local(t.servedAt, zone),
                    t.serviceSeconds, t.serviceBreach, t.applicationNumber);
        }
    }

    public record TakeTicket(@Schema(example = "ASTANA-01", required = true) @NotBlank @Size(max = 20) String branch) {
    }

    public record BookSlot(
            @Schema(example = "ASTANA-01", required = true) @NotBlank @Size(max = 20) String branch,
            @Schema(description = "The slot, within the branch's opening hours", example = "2026-12-08T10:00:00+05:00", required = true)
            @NotNull OffsetDateTime slotAt) {
    }

    public record Call(@Schema(description = "The window the ticket is called to", example = "3", required = true)
            @NotBlank @Size(max = 10) String window) {
    }

    @GET
    @Path("/branches/{branch}/schedule")
    @Operation(summary = "A branch's opening hours (standard item 9)",
            description = "The hours on a day (default today), from the standard's hours for the branch's kind (ordinary or duty), the "
                    + "working-day calendar and the branch's own exceptions; whether it is open now and when it opens next (the next opening after now).")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = ScheduleView.class), examples = @ExampleObject(name = "ASTANA-01",
            value = """
                    {"branch":"ASTANA-01","kind":"ORDINARY","date":"2026-12-07","opens":"09:00","closes":"18:00",
                     "basis":"Order No. 78 service standard item 9 …","openNow":true,"nextOpening":"2026-12-08T09:00:00+05:00"}""")))
    @APIResponse(responseCode = "404", description = "No such branch", content = @Content(mediaType = "application/problem+json"))
    public ScheduleView schedule(@PathParam("branch") String branch, @QueryParam("date") LocalDate date) {
        OffsetDateTime now = clock.now();
        LocalDate day = date == null ? now.toLocalDate() : date;
        BranchKind kind = schedule.kind(branch);
        OpeningHours hours = schedule.on(branch, day).orElse(null);
        OffsetDateTime next = schedule.next(branch, now).map(schedule::opening).orElse(null);
        return new ScheduleView(branch, kind, day, hours == null ? null : hours.opens().toString(),
                hours == null ? null : hours.closes().toString(), hours == null ? null : hours.basis(), schedule.openAt(branch, now), next);
    }

    @POST
    @Path("/tickets")
    @RolesAllowed("state-corporation")
    @Operation(summary = "Take a ticket at the branch (walk-in)",
            description = "Only while the branch is open (item 9) and only at the caller's own branch; the ticket joins the queue now.")
    @RequestBody(content = @Content(schema = @Schema(implementation = TakeTicket.class), examples = @ExampleObject(name = "walk-in",
            value = "{\"branch\":\"ASTANA-01\"}",
            // 201 while the branch is open, 422 outside its hours: the answer depends on the time of the call
            extensions = @Extension(name = "x-expect", value = "201 422"))))
    @APIResponse(responseCode = "201", content = @Content(schema = @Schema(implementation = TicketView.class), examples = @ExampleObject(name = "taken", value = TICKET)))
    @APIResponse(responseCode = "422", description = "The branch is closed: when it opens next", content = @Content(mediaType = "application/problem+json",
            examples = @ExampleObject(name = "closed", value = CLOSED)))
    public Response take(@Parameter(description = "Makes a retry safe: the same key and body return the first ticket")
            @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey, @Valid @NotNull TakeTicket request) {
        Caller caller = ownBranch(request.branch());
        IdempotencyClaim<QueueTicket> claim = idempotency.claim(idempotencyKey, caller.system() + " POST " + PATH + "/tickets",
                request, this::created);
        queue.take(request.branch(), claim);
        return claim.response();
    }

    @POST
    @Path("/bookings")
    @RolesAllowed("egov-portal")
    @Operation(summary = "Book a slot through the \"digital government\" portal (item 9)",
            description = "A convenience, not a fast-track: the ticket joins the queue at its slot, or at the arrival when later.")
    @RequestBody(content = @Content(schema = @Schema(implementation = BookSlot.class), examples = @ExampleObject(name = "slot",
            value = "{\"branch\":\"ASTANA-01\",\"slotAt\":\"2026-12-08T10:00:00+05:00\"}")))
    @APIResponse(responseCode = "201", content = @Content(schema = @Schema(implementation = TicketView.class)))
    @APIResponse(responseCode = "422", description = "The slot is past or outside the branch's hours", content = @Content(mediaType = "application/problem+json"))
    public Response book(@Parameter(description = "Makes a retry safe: the same key and body return the first booking")
            @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey, @Valid @NotNull BookSlot request) {
        Caller caller = callers.actingAs("egov-portal");
        IdempotencyClaim<QueueTicket> claim = idempotency.claim(idempotencyKey, caller.system() + " POST " + PATH + "/bookings",
                request, this::created);
        queue.book(request.branch(), request.slotAt(), claim);
        return claim.response();
    }

    @POST
    @Path("/tickets/{number}/arrival")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed("state-corporation")
    @Operation(summary = "The holder of a booked slot arrives at the branch", description = "The ticket joins the queue at its slot, or now when later.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = TicketView.class)))
    public TicketView arrive(@PathParam("number") String number) {
        return view(queue.arrive(number, callers.organisation()));
    }

    @POST
    @Path("/branches/{branch}/calls")
    @RolesAllowed("state-corporation")
    @Operation(summary = "Call the next ticket to a window",
            description = "The ticket that joined the queue first. The wait ends (item 5.2); over the limit it is a breach: the event "
                    + "queue.wait-limit-exceeded and the counter rehab_queue_breaches_total.")
    @RequestBody(content = @Content(schema = @Schema(implementation = Call.class), examples = @ExampleObject(name = "window 3", value = "{\"window\":\"3\"}",
            // 200 when somebody waits at the branch, 404 queue-empty otherwise: it depends on the queue at the time
            extensions = @Extension(name = "x-expect", value = "200 404"))))
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = TicketView.class), examples = @ExampleObject(name = "called", value = CALLED)))
    @APIResponse(responseCode = "404", description = "Nobody waits (queue-empty)", content = @Content(mediaType = "application/problem+json"))
    public TicketView call(@Parameter(example = "ASTANA-01") @PathParam("branch") String branch, @Valid @NotNull Call request) {
        ownBranch(branch);
        return queue.callNext(branch, request.window()).map(this::view)
                .orElseThrow(() -> new ProblemException(404, "queue-empty", "Nobody waits", "No ticket of branch " + branch + " waits"));
    }

    @GET
    @Path("/tickets/{number}")
    @RolesAllowed("state-corporation")
    @Operation(summary = "A ticket of the caller's branch")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = TicketView.class)))
    public TicketView ticket(@PathParam("number") String number) {
        return view(queue.ticketOf(number, callers.organisation()));
    }

    @GET
    @Path("/branches/{branch}/summary")
    @RolesAllowed("quality-authority")
    @Operation(summary = "A branch's day for the quality authority (items 5.2, 5.3)",
            description = "Tickets, calls, receipts; median and 95th percentile (nearest rank) of wait and service in seconds; breaches; "
                    + "the limits in force. The date defaults to today.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = DailySummary.class),
            examples = @ExampleObject(name = "a day", value = SUMMARY)))
    public DailySummary summary(@PathParam("branch") String branch, @QueryParam("date") LocalDate date) {
        return queue.summary(branch, date == null ? clock.today() : date);
    }

    private Caller ownBranch(String branch) {
        Caller caller = callers.actingAs("state-corporation");
        if (caller.organisation() != null && !caller.organisation().equals(branch)) {
            throw new ProblemException(403, "other-branch", "Forbidden",
                    "The caller is branch " + caller.organisation() + " and cannot act for branch " + branch);
        }
        return caller;
    }

    private Response created(QueueTicket ticket) {
        return Response.created(URI.create(PATH + "/tickets/" + ticket.number)).entity(view(ticket)).build();
    }

    private TicketView view(QueueTicket ticket) {
        return TicketView.of(ticket, clock.zone());
    }
}

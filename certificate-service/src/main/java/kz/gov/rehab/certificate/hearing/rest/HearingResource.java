package kz.gov.rehab.certificate.hearing.rest;

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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.List;
import kz.gov.rehab.commons.caller.CallerIdentity;
import kz.gov.rehab.certificate.application.Applications;
import kz.gov.rehab.certificate.application.CertificateApplication;
import kz.gov.rehab.certificate.application.RefusalGround;
import kz.gov.rehab.certificate.hearing.Hearing;
import kz.gov.rehab.certificate.hearing.HearingPapers;
import kz.gov.rehab.certificate.hearing.HearingProcedure;
import kz.gov.rehab.commons.document.PaperDocument;
import kz.gov.rehab.commons.document.PdfResponses;
import kz.gov.rehab.commons.problem.ProblemException;
import kz.gov.rehab.commons.concurrency.IfMatch;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** No refusal without a hearing (C7, para 12): preliminary refusal and notice, hearing record, refusal. */
@Path("/api/v1/certificates/applications/{number}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed("akimat")
@Tag(name = "Review by the akimat")
public class HearingResource {

    private static final String CONFLICT = """
            {"type":"https://rehab.gov.kz/problems/transition-not-allowed","title":"Not allowed in the current state","status":409,
             "detail":"Refusing is not allowed while the application is UNDER_REVIEW","currentState":"UNDER_REVIEW"}""";

    private static final String PAPER = "The same record always gives the same bytes; Kazakh and Russian (docs/documents.md).";

    private final HearingProcedure procedure;
    private final CallerIdentity callers;
    private final Applications applications;
    private final HearingPapers papers;

    public HearingResource(HearingProcedure procedure, CallerIdentity callers, Applications applications, HearingPapers papers) {
        this.procedure = procedure;
        this.callers = callers;
        this.applications = applications;
        this.papers = papers;
    }

    @GET
    @Path("/hearing")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The preliminary decision, the notice and (once held) the record of the hearing")
    @APIResponse(responseCode = "200", description = "The hearing; its ETag is the hearing's version",
            content = @Content(schema = @Schema(implementation = HearingView.class)))
    @APIResponse(responseCode = "404", description = "No such application for this akimat, or no hearing yet",
            content = @Content(mediaType = "application/problem+json"))
    public Response hearingOf(@PathParam("number") String number) {
        Hearing hearing = hearing(applications.ofAkimat(number, callers.actingAs("akimat")));
        return Response.ok(HearingView.of(hearing)).tag(IfMatch.entityTag(hearing.version)).build();
    }

    @GET
    @Path("/hearing/notice")
    @Produces(PaperDocument.MEDIA_TYPE)
    @Operation(summary = "The hearing notice to print (APPK art. 73)",
            description = "The preliminary decision, its ground (item 11), when, where and how the applicant is heard, the service deadline. " + PAPER)
    @APIResponse(responseCode = "200", description = "The notice", content = @Content(mediaType = PaperDocument.MEDIA_TYPE,
            schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "404", description = "No such application for this akimat, or no hearing yet",
            content = @Content(mediaType = "application/problem+json"))
    public Response notice(@PathParam("number") String number) {
        CertificateApplication application = applications.ofAkimat(number, callers.actingAs("akimat"));
        return PdfResponses.of(papers.notice(application, hearing(application)));
    }

    @GET
    @Path("/hearing/record")
    @Produces(PaperDocument.MEDIA_TYPE)
    @Operation(summary = "The hearing record to print and sign (APPK art. 74)",
            description = "Place, date, start and end time, body and official, participant, question, statements, questions and answers, "
                    + "the facts the participant asked to enter; signature lines of the official and the participant. " + PAPER)
    @APIResponse(responseCode = "200", description = "The record", content = @Content(mediaType = PaperDocument.MEDIA_TYPE,
            schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "404", description = "No such application for this akimat, or the hearing was not held yet",
            content = @Content(mediaType = "application/problem+json"))
    public Response record(@PathParam("number") String number) {
        CertificateApplication application = applications.ofAkimat(number, callers.actingAs("akimat"));
        Hearing hearing = hearing(application);
        if (hearing.heldOn == null) {
            throw ProblemException.notFound("The hearing of application " + number + " has not been held yet");
        }
        return PdfResponses.of(papers.record(application, hearing));
    }

    private static Hearing hearing(CertificateApplication application) {
        Hearing hearing = Hearing.findById(application.id);
        if (hearing == null) {
            throw ProblemException.notFound("Application " + application.number + " has no hearing");
        }
        return hearing;
    }

    @POST
    @Path("/preliminary-refusal")
    @Operation(summary = "Record a preliminary refusal and notify the applicant of the hearing",
            description = "On one of the two grounds of item 11. The notice should come at least the configured number of working days before the "
                    + "service deadline and the hearing within the configured number of working days of the notice (para 12; rules as data): "
                    + "a late notice or hearing is recorded as a timetable warning and reported to monitoring, never refused.")
    @RequestBody(content = @Content(schema = @Schema(implementation = PreliminaryRefusalRequest.class), examples = @ExampleObject(name = "unreliable reference", value = """
            {"ground":"UNRELIABLE_DOCUMENTS_OR_DATA","details":"Reference R-1996-099001 is not in the rehabilitation register",
             "noticeWay":"VIDEOCONFERENCE","scheduledAt":"2027-03-24T11:00:00","place":"Akimat of Astana, room 305 / video link"}""")))
    @APIResponse(responseCode = "200", description = "Hearing scheduled", content = @Content(schema = @Schema(implementation = HearingView.class)))
    @APIResponse(responseCode = "409", description = "Not allowed in the current state, or changed meanwhile",
            content = @Content(mediaType = "application/problem+json", examples = @ExampleObject(name = "wrong state", value = CONFLICT)))
    @APIResponse(responseCode = "400", description = "Hearing scheduled before the notice, or malformed", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "412", description = "If-Match names a version the application has left (version-mismatch)",
            content = @Content(mediaType = "application/problem+json"))
    public HearingView preliminaryRefusal(@PathParam("number") String number,
            @Parameter(description = IfMatch.DESCRIPTION) @HeaderParam(IfMatch.HEADER) String ifMatch,
            @Valid @NotNull PreliminaryRefusalRequest request) {
        return HearingView.of(procedure.recordPreliminaryRefusal(number, new HearingProcedure.PreliminaryRefusal(request.ground(),
                request.details(), request.noticeWay(), request.scheduledAt(), request.place()), IfMatch.version(ifMatch),
                callers.actingAs("akimat")));
    }

    @POST
    @Path("/hearing")
    @Operation(summary = "Record the hearing (APPK art. 74)",
            description = "A record whose start (heldOn + startedAt) lies before the moment the applicant was notified is refused (422 hearing-before-notice).")
    @RequestBody(content = @Content(schema = @Schema(implementation = HearingRecordRequest.class), examples = @ExampleObject(name = "record", value = """
            {"heldOn":"2026-03-24","startedAt":"11:00","endedAt":"11:40","place":"Akimat of Astana, room 305 / video link",
             "body":"Akimat of Astana","official":"Head of the social programmes department Б. Сейітов",
             "participant":"Сейтқали Бекжан","question":"Preliminary refusal: reference not in the register",
             "statements":"The applicant states the reference was issued in 1996 by the city prosecutor's office",
             "questionsAndAnswers":"Q: Do you have the original? A: Yes, presented","factsToRecord":"Original reference presented at the hearing"}""",
            // recorded after a held hearing only: on the intake example's application, still under review, it answers 409
            extensions = @Extension(name = "x-expect", value = "409"))))
    @APIResponse(responseCode = "200", description = "Hearing recorded", content = @Content(schema = @Schema(implementation = HearingView.class)))
    @APIResponse(responseCode = "422", description = "The hearing starts before the notice (para 12)", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "409", description = "Not allowed in the current state", content = @Content(mediaType = "application/problem+json",
            examples = @ExampleObject(name = "wrong state", value = CONFLICT)))
    @APIResponse(responseCode = "412", description = "If-Match names a version the application has left (version-mismatch)",
            content = @Content(mediaType = "application/problem+json"))
    public HearingView hearing(@PathParam("number") String number,
            @Parameter(description = IfMatch.DESCRIPTION) @HeaderParam(IfMatch.HEADER) String ifMatch,
            @Valid @NotNull HearingRecordRequest r) {
        return HearingView.of(procedure.recordHearing(number, new HearingProcedure.HearingRecord(r.heldOn(), r.startedAt(), r.endedAt(),
                r.place(), r.body(), r.official(), r.participant(), r.question(), r.statements(), r.questionsAndAnswers(),
                r.factsToRecord()), IfMatch.version(ifMatch), callers.actingAs("akimat")));
    }

    @POST
    @Path("/refusal")
    @Operation(summary = "Refuse (item 11), after the hearing",
            description = "Only after the hearing was held (para 12); the ground is the one of the preliminary decision.")
    @RequestBody(content = @Content(schema = @Schema(implementation = RefusalRequest.class), examples = @ExampleObject(name = "refusal", value = """
            {"reason":"The reference presented does not match the rehabilitation register; the applicant brought no other evidence"}""",
            // only after the hearing: on the intake example's application, still under review, it answers 409
            extensions = @Extension(name = "x-expect", value = "409"))))
    @APIResponse(responseCode = "200", description = "Refused; the reasoned refusal is handed out at the State Corporation")
    @APIResponse(responseCode = "409", description = "No hearing held yet, or another state", content = @Content(mediaType = "application/problem+json",
            examples = @ExampleObject(name = "wrong state", value = CONFLICT)))
    @APIResponse(responseCode = "412", description = "If-Match names a version the application has left (version-mismatch)",
            content = @Content(mediaType = "application/problem+json"))
    public DecisionView refuse(@PathParam("number") String number,
            @Parameter(description = IfMatch.DESCRIPTION) @HeaderParam(IfMatch.HEADER) String ifMatch,
            @Valid @NotNull RefusalRequest request) {
        var application = procedure.refuse(number, request.reason(), IfMatch.version(ifMatch), callers.actingAs("akimat"));
        return new DecisionView(application.number, application.status.name(), application.refusalGround, application.refusalReason);
    }

    public record PreliminaryRefusalRequest(
            @NotNull RefusalGround ground,
            @NotBlank @Size(max = 2000) String details,
            @NotNull Hearing.NoticeWay noticeWay,
            @Schema(description = "Date and local time of the hearing", example = "2027-03-24T11:00:00") @NotNull LocalDateTime scheduledAt,
            @NotBlank @Size(max = 300) String place) {
    }

    public record HearingRecordRequest(
            @NotNull LocalDate heldOn,
            @Schema(example = "11:00") @NotNull LocalTime startedAt,
            @Schema(example = "11:40") @NotNull LocalTime endedAt,
            @NotBlank @Size(max = 300) String place,
            @NotBlank @Size(max = 300) String body,
            @NotBlank @Size(max = 300) String official,
            @NotBlank @Size(max = 300) String participant,
            @NotBlank @Size(max = 2000) String question,
            @NotBlank @Size(max = 10000) String statements,
            @Size(max = 10000) String questionsAndAnswers,
            @Size(max = 10000) String factsToRecord) {
    }

    public record RefusalRequest(@NotBlank @Size(max = 4000) String reason) {
    }

    public record DecisionView(String applicationNumber, String status, RefusalGround refusalGround, String reason) {
    }

    public record HearingView(RefusalGround ground, String groundDetails, Hearing.NoticeWay noticeWay, LocalDate notifiedOn,
            @Schema(description = "When the applicant was notified; a hearing record cannot start before it") OffsetDateTime notifiedAt,
            @Schema(description = "What the notice and hearing timetable (para 12) warned of; warnings never block the decision")
            List<String> timetableWarnings,
            LocalDateTime scheduledAt, String place, LocalDate heldOn, LocalTime startedAt, LocalTime endedAt, String body,
            String official, String participant, String question, String statements, String questionsAndAnswers,
            String factsToRecord) {
        static HearingView of(Hearing h) {
            return new HearingView(h.ground, h.groundDetails, h.noticeWay, h.notifiedOn, h.notifiedAt, h.timetableWarnings, h.scheduledAt, h.place, h.heldOn,
                    h.startedAt, h.endedAt, h.body, h.official, h.participant, h.question, h.statements, h.questionsAndAnswers,
                    h.factsToRecord);
        }
    }
}

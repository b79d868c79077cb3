package kz.gov.rehab.compensation.application.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.UUID;
import kz.gov.rehab.commons.caller.CallerIdentity;
import kz.gov.rehab.commons.concurrency.IfMatch;
import kz.gov.rehab.commons.document.PaperDocument;
import kz.gov.rehab.commons.document.PdfResponses;
import kz.gov.rehab.commons.idempotency.IdempotencyClaim;
import kz.gov.rehab.commons.idempotency.IdempotentRequests;
import kz.gov.rehab.commons.paging.Page;
import kz.gov.rehab.commons.paging.Paging;
import kz.gov.rehab.commons.problem.ProblemException;
import kz.gov.rehab.compensation.application.ApplicationFormPaper;
import kz.gov.rehab.compensation.application.ApplicationIntake;
import kz.gov.rehab.compensation.application.ApplicationStatus;
import kz.gov.rehab.compensation.application.CompensationApplication;
import kz.gov.rehab.compensation.decision.CompensationDecisions;
import kz.gov.rehab.compensation.decision.DecisionPaper;
import kz.gov.rehab.compensation.decision.rest.DecisionRequest;
import kz.gov.rehab.compensation.stage.ApplicationStage;
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

/** Compensation applications (P1, P2) and the officer's decision on them (P3, P4). */
@Path("/api/v1/compensations/applications")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Compensation applications", description = "Appendix 1 applications, registry checks and decisions (Order No. 277)")
public class ApplicationResource {

    public static final String PROBLEM = "application/problem+json";
    /** The named registry fixture Исқақов Мұрат (24 months; docs/registry-fixtures.md), so that "Try it out" files it. */
    static final String FORM_EXAMPLE = """
            {"iin":"330707399060","surname":"Исқақов","firstName":"Мұрат","patronymic":"Болатұлы",
             "birthDate":"1933-07-07","address":"Астана, Тәуелсіздік даңғылы 21, пәтер 140",
             "identityDocument":{"type":"ID_CARD","number":"099000007","issuer":"ҚР ІІМ"},
             "bankAccount":{"iban":"KZ19601KZT0000000001","bank":"Halyk Bank"},
             "receivedBenefits":["PENSION"],"paymentInAnotherRepublic":{"received":false},
             "rehabilitationReference":{"number":"R-1999-099007","date":"1999-03-03"},
             "consentToPersonalDataProcessing":true,"consentToUseOfProtectedSecrets":true,
             "applicationDate":"2026-05-04","acceptedOn":"2026-05-04",
             "acceptedBy":{"surname":"Жуманова","firstName":"Айгерим","position":"chief specialist"}}""";

    private final ApplicationIntake intake;
    private final CompensationDecisions decisions;
    private final IdempotentRequests idempotent;
    private final CallerIdentity callers;
    private final ApplicationFormPaper forms;
    private final DecisionPaper decisionPapers;

    public ApplicationResource(ApplicationIntake intake, CompensationDecisions decisions, IdempotentRequests idempotent,
            CallerIdentity callers, ApplicationFormPaper forms, DecisionPaper decisionPapers) {
        this.intake = intake;
        this.decisions = decisions;
        this.idempotent = idempotent;
        this.callers = callers;
        this.forms = forms;
        this.decisionPapers = decisionPapers;
    }

    @POST
    @RolesAllowed("compensation-officer")
    @Operation(summary = "Accept an application (Appendix 1)", description = "Takes identity-document data, the registered"
            + " address and the rehabilitation reference from the state registries through the digital-government gateway"
            + " (P2), snapshots them with the application and reports every field of the form that differs. Both consents"
            + " are required; the reference must be registered for this IIN with the same number and date; the IBAN's bank"
            + " must be the bank named. A person who already holds the compensation is refused at once (P3).")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "application", value = FORM_EXAMPLE)))
    @APIResponse(responseCode = "201", description = "Accepted; state DATA_CHECKED, DATA_MISMATCH, AWAITING_DECISION, AWAITING_MRP (no MRP confirmed for the filing date yet) or REFUSED")
    @APIResponse(responseCode = "400", description = "Invalid form (field violations)", content = @Content(mediaType = PROBLEM,
            examples = @ExampleObject(name = "bad IBAN", value = """
                    {"type":"https://rehab.gov.kz/problems/invalid-request","title":"The request is not valid","status":400,
                     "detail":"The request has 1 invalid field(s)","violations":[{"field":"bankAccount.iban",
                     "message":"the check digits of the IBAN do not match (ISO 13616 mod-97)"}]}""")))
    @APIResponse(responseCode = "422", description = "Person or rehabilitation reference not registered", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "503", description = "A state registry is unavailable; nothing written", content = @Content(mediaType = PROBLEM))
    public Response submit(
            @Parameter(description = "retry key (IETF httpapi draft)") @HeaderParam(IdempotentRequests.HEADER) String key,
            @Valid @NotNull ApplicationForm form) {
        String officer = callers.name();
        var part = intake.oneTimeCompensation(form);
        IdempotencyClaim<CompensationApplication> claim = idempotent.claim(key, officer + " POST /api/v1/compensations/applications",
                form, application -> Response.created(URI.create("/api/v1/compensations/applications/" + application.id))
                        .tag(IfMatch.entityTag(application.version)).entity(ApplicationView.of(application)).build());
        intake.record(form, intake.consult(form, part), officer, callers.boundOrganisation(), claim);
        return claim.response();
    }

    @GET
    @Path("/{id}")
    @Produces({MediaType.APPLICATION_JSON, PaperDocument.MEDIA_TYPE})
    @RolesAllowed({"compensation-officer", "payment-operator", "auditor"})
    @Operation(summary = "An application with its registry data and decision",
            description = "With `Accept: application/pdf` the application of Appendix 1 of Order No. 277 on paper, filled in from the form "
                    + "as accepted, in Kazakh and Russian, with the signature and date lines of the applicant and the specialist "
                    + "(docs/documents.md). The same application always gives the same bytes.")
    @APIResponse(responseCode = "200", description = "The application; its ETag is its version: send it as If-Match with the decision", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApplicationView.class)),
            @Content(mediaType = PaperDocument.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    @APIResponse(responseCode = "404", description = "No such application", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "406", description = "PDF asked for a programme without a paper form", content = @Content(mediaType = PROBLEM))
    public Response get(@PathParam("id") UUID id, @Context HttpHeaders headers) {
        CompensationApplication application = find(id);
        if (PdfResponses.asked(headers)) {
            return PdfResponses.of(forms.of(application));
        }
        return Response.ok(ApplicationView.of(application), MediaType.APPLICATION_JSON)
                .tag(IfMatch.entityTag(application.version)).build();
    }

    @GET
    @Path("/{id}/decision")
    @Produces({MediaType.APPLICATION_JSON, PaperDocument.MEDIA_TYPE})
    @RolesAllowed({"compensation-officer", "payment-operator", "auditor"})
    @Operation(summary = "The decision on an application",
            description = "Assigned with the amount and how it was reached, or refused with the reason. With `Accept: application/pdf` "
                    + "the decision on paper, in Kazakh and Russian, with a QR code linking to its verification (docs/documents.md).")
    @APIResponse(responseCode = "200", description = "The decision", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApplicationView.Decision.class)),
            @Content(mediaType = PaperDocument.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    @APIResponse(responseCode = "404", description = "No such application, or not decided yet", content = @Content(mediaType = PROBLEM))
    public Response decision(@PathParam("id") UUID id, @Context HttpHeaders headers) {
        CompensationApplication application = find(id);
        if (PdfResponses.asked(headers)) {
            return PdfResponses.of(decisionPapers.of(application));
        }
        ApplicationView.Decision decision = ApplicationView.of(application).decision();
        if (application.decidedAt == null || decision == null) {
            throw ProblemException.notFound("Application " + application.number + " has not been decided yet");
        }
        return Response.ok(decision, MediaType.APPLICATION_JSON).build();
    }

    @GET
    @RolesAllowed({"compensation-officer", "payment-operator", "auditor"})
    @Operation(summary = "Work queue of applications",
            description = "The applications of a status and of a subdivision (the code of the officer's organisation that accepted "
                    + "them), or the one with a number, each filter only when given; ordered by number, a page at a time "
                    + "(`next` and the `Link` header lead on).")
    @APIResponse(responseCode = "200", description = "A page of the work queue")
    @APIResponse(responseCode = "400", description = "A status, page or size that is not valid", content = @Content(mediaType = PROBLEM))
    public Page<ApplicationView> workQueue(
            @Parameter(description = "Only the application with this number", example = "CMP-2026-000001") @QueryParam("number") String number,
            @Parameter(description = "Only applications in this status", example = "DATA_CHECKED") @QueryParam("status") ApplicationStatus status,
            @Parameter(description = "Only applications accepted by this subdivision (the officer's organisation code)")
            @QueryParam("subdivision") String subdivision,
            @BeanParam Paging paging) {
        return paging.of(CompensationApplication.workQueue(blankless(number), status, blankless(subdivision)), ApplicationView::of);
    }

    private static String blankless(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    @GET
    @Path("/{id}/stages")
    @RolesAllowed({"compensation-officer", "payment-operator", "auditor"})
    @Operation(summary = "Every stage the application went through, oldest first, a page at a time")
    @APIResponse(responseCode = "200", description = "A page of the stages")
    @APIResponse(responseCode = "400", description = "A page or size that is not valid", content = @Content(mediaType = PROBLEM))
    public Page<StageView> stages(@PathParam("id") UUID id, @BeanParam Paging paging) {
        find(id);
        return paging.of(ApplicationStage.history(id).stream().map(StageView::of).toList());
    }

    @POST
    @Path("/{id}/decision")
    @RolesAllowed("compensation-officer")
    @Operation(summary = "Assign or refuse the compensation", description = "Assigning computes the amount (¾ MRP per month,"
            + " at most 100 MRP, MRP in force on the filing date) after every assignment policy allows it: one compensation"
            + " per person (P3, also enforced by the database), alive at assignment (state database of individuals, asked"
            + " again now), a rate in force for the category, grounds for a manual decision. Refusing needs a reason from"
            + " the documented list. `If-Match` with the ETag read with the application makes the decision conditional.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = {
            @ExampleObject(name = "assign", value = "{\"outcome\":\"ASSIGN\"}"),
            @ExampleObject(name = "refuse", value = "{\"outcome\":\"REFUSE\",\"refusalReason\":\"RECEIVED_IN_ANOTHER_REPUBLIC\","
                    + "\"grounds\":\"paid in full by the Republic of Uzbekistan in 2019\"}",
                    // after the assign example the application is decided: 409
                    extensions = @Extension(name = "x-expect", value = "409"))}))
    @APIResponse(responseCode = "200", description = "Decided")
    @APIResponse(responseCode = "409", description = "Not allowed in the current state, or a policy rejects the assignment",
            content = @Content(mediaType = PROBLEM, examples = @ExampleObject(name = "already compensated", value = """
                    {"type":"https://rehab.gov.kz/problems/already-compensated","title":"The person already holds this compensation (P3)",
                     "status":409,"detail":"the person already holds this compensation under application CMP-2026-000001",
                     "currentState":"DATA_CHECKED","refusalReason":"ALREADY_COMPENSATED"}""")))
    @APIResponse(responseCode = "412", description = "If-Match names a version the application has left", content = @Content(mediaType = PROBLEM,
            examples = @ExampleObject(name = "stale version", value = """
                    {"type":"https://rehab.gov.kz/problems/version-mismatch","title":"The resource has changed","status":412,
                     "detail":"If-Match names version 1 but the application is at version 2 (ASSIGNED); read it again",
                     "currentVersion":2,"currentState":"ASSIGNED"}""")))
    public Response decide(@PathParam("id") UUID id,
            @Parameter(description = IfMatch.DESCRIPTION) @HeaderParam(IfMatch.HEADER) String ifMatch,
            @HeaderParam(IdempotentRequests.HEADER) String key, @Valid @NotNull DecisionRequest decision) {
        String officer = callers.name();
        Long expected = IfMatch.version(ifMatch);
        boolean assigning = decision.outcome() == DecisionRequest.Outcome.ASSIGN;
        IdempotencyClaim<CompensationApplication> claim = idempotent.claim(key,
                officer + " POST /api/v1/compensations/applications/" + id + "/decision", decision,
                decided -> Response.ok(ApplicationView.of(decided)).tag(IfMatch.entityTag(decided.version)).build());
        if (assigning) {
            decisions.assign(id, expected, decision.grounds(), officer, decisions.personsNow(id), claim);
        } else {
            decisions.refuse(id, expected, decision.refusalReason(), decision.grounds(), officer, claim);
        }
        return claim.response();
    }

    static CompensationApplication find(UUID id) {
        return CompensationApplication.<CompensationApplication>findByIdOptional(id)
                .orElseThrow(() -> ProblemException.notFound("No compensation application " + id));
    }

    public record StageView(String stage, String detail, String actor, java.time.Instant at) {
        static StageView of(ApplicationStage stage) {
            return new StageView(stage.stage.stageName(), stage.detail, stage.actor, stage.at);
        }
    }
}

package kz.gov.rehab.certificate.intake.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import kz.gov.rehab.commons.caller.Caller;
import kz.gov.rehab.commons.caller.CallerIdentity;
import kz.gov.rehab.commons.time.ServiceClock;
import kz.gov.rehab.certificate.application.rest.ApplicationView;
import kz.gov.rehab.commons.concurrency.IfMatch;
import kz.gov.rehab.certificate.intake.Intake;
import kz.gov.rehab.certificate.intake.IntakeRequest;
import kz.gov.rehab.commons.idempotency.IdempotencyClaim;
import kz.gov.rehab.commons.idempotency.IdempotentRequests;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Intake at the State Corporation (C1–C6). */
@Path("/api/v1/certificates/applications")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Intake", description = "Applications taken at the State Corporation (C1-C6)")
public class IntakeResource {

    static final String COMPLETE = """
            {"requested":"CERTIFICATE","applicantIin":"350412399000",
             "documents":{"identity":{"kind":"ID_CARD","number":"099000001"},
                          "rehabilitation":{"kind":"REHABILITATION_REFERENCE","number":"R-1996-099001","issuedOn":"1996-04-18","issuer":"Астана қаласының прокуратурасы"}},
             "documentsAuthentic":true,"personalDataConsent":true,
             "acceptedBy":{"surname":"Сапарова","name":"Динара","patronymic":"Ерланқызы","position":"Chief specialist","phone":"+7 7172 55 00 11"},
             "branch":{"number":"ASTANA-01","address":"Астана, Қабанбай батыр даңғылы 1"}}""";
    /** The fixture "expired ID card" (docs/registry-fixtures.md): refused at intake, with the refusal receipt. */
    static final String EXPIRED_CARD = """
            {"requested":"CERTIFICATE","applicantIin":"380922499015",
             "documents":{"identity":{"kind":"ID_CARD","number":"099000002"},
                          "rehabilitation":{"kind":"REHABILITATION_REFERENCE","number":"R-1997-099002","issuedOn":"1997-06-02","issuer":"Алматы қаласының прокуратурасы"}},
             "documentsAuthentic":true,"personalDataConsent":true,
             "acceptedBy":{"surname":"Сапарова","name":"Динара","patronymic":"Ерланқызы","position":"Chief specialist","phone":"+7 7172 55 00 11"},
             "branch":{"number":"ASTANA-01","address":"Астана, Қабанбай батыр даңғылы 1"}}""";
    static final String ACCEPTED = """
            {"number":"CRT-2026-000042","requested":"CERTIFICATE","status":"UNDER_REVIEW","applicantIin":"3504******00",
             "branchNumber":"ASTANA-01","akimatCode":"710000000","akimatName":"Астана қаласының әкімдігі","submittedAt":"2026-03-20T10:15:00+05:00",
             "readyDate":"2026-04-01","overdue":false,
             "receipt":{"kind":"ACCEPTANCE","applicationNumber":"CRT-2026-000042","requested":"CERTIFICATE",
                        "acceptedDocuments":["Identity card No. 099000001","Rehabilitation reference No. R-1996-099001 of 1996-04-18, Астана қаласының прокуратурасы","Application (Appendix 1) with consent to the collection and processing of personal data"],
                        "acceptedBy":{"surname":"Сапарова","name":"Динара","patronymic":"Ерланқызы","position":"Chief specialist"},
                        "submittedAt":"2026-03-20T10:15:00+05:00","resultReadyOn":"2026-04-01"},
             "version":0}""";
    static final String REFUSED = """
            {"number":"CRT-2026-000043","requested":"CERTIFICATE","status":"REFUSED_AT_INTAKE","applicantIin":"3809******15",
             "receipt":{"kind":"REFUSAL_TO_ACCEPT","applicationNumber":"CRT-2026-000043","branchNumber":"ASTANA-01","branchAddress":"Астана, Қабанбай батыр даңғылы 1",
                        "missingOrInvalidDocuments":["Identity card No. 099000002: expired on 2025-03-09"],
                        "employee":"Сапарова Динара Ерланқызы","employeePhone":"+7 7172 55 00 11","date":"2026-03-20",
                        "applicant":"Омарова Күлпаш Әбенқызы","copies":2},
             "version":0}""";

    private final Intake intake;
    private final CallerIdentity callers;
    private final IdempotentRequests idempotency;
    private final ServiceClock clock;

    public IntakeResource(Intake intake, CallerIdentity callers, IdempotentRequests idempotency, ServiceClock clock) {
        this.intake = intake;
        this.callers = callers;
        this.idempotency = idempotency;
        this.clock = clock;
    }

    @POST
    @RolesAllowed("state-corporation")
    @Operation(summary = "Submit an application for a certificate or a duplicate",
            description = "Identity and registered address are taken from the registries by IIN. A complete and valid set is accepted "
                    + "(acceptance receipt, ready date = 5 working days, the day of acceptance not counted) and routed to the competent "
                    + "akimat, by the registered address or, when there is none, by the residential address written on the form; what the "
                    + "registries said (not found, deceased, no registered address, no original certificate on record, a certificate already "
                    + "issued) is recorded as review findings for the akimat. Only an incomplete set or an expired document (Appendix 3) is "
                    + "recorded as refused at intake, with the refusal receipt and its ground (still 201: a business outcome, not an error).")
    @RequestBody(content = @Content(schema = @Schema(implementation = IntakeRequest.class),
            examples = {@ExampleObject(name = "complete set", value = COMPLETE),
                    @ExampleObject(name = "expired identity card", value = EXPIRED_CARD)}))
    @APIResponse(responseCode = "201", description = "Recorded: accepted (UNDER_REVIEW) or refused at intake (REFUSED_AT_INTAKE)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApplicationView.class),
                    examples = {@ExampleObject(name = "accepted", value = ACCEPTED), @ExampleObject(name = "refused at intake", value = REFUSED)}))
    @APIResponse(responseCode = "400", description = "Malformed or invalid request (e.g. IIN check digit; the name, the residential address "
            + "or the card's validity date missing where the registries do not hold them), nothing written",
            content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "422", description = "The residential address written on the form has a KATO code that no akimat of the directory covers; "
            + "nothing written. (An unknown, deceased or unregistered applicant, a duplicate without an original on record and a second "
            + "original are accepted: the registries' answers are findings for the akimat's review, item 11.)",
            content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "503", description = "A registry is unavailable; retry after Retry-After, nothing written",
            content = @Content(mediaType = "application/problem+json"))
    public Response submit(
            @Parameter(description = "Makes a retry safe: the same key and body return the first answer")
            @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey,
            @Valid @NotNull IntakeRequest request) {
        Caller caller = callers.actingAs("state-corporation");
        IdempotencyClaim<Intake.Recorded> claim = idempotency.claim(idempotencyKey,
                caller.system() + " POST /api/v1/certificates/applications", request,
                recorded -> Response.created(URI.create("/api/v1/certificates/applications/" + recorded.application().number))
                        .tag(IfMatch.entityTag(recorded.application().version))
                        .entity(ApplicationView.of(recorded.application(), clock.today(), recorded.stages())).build());
        intake.record(request, caller, intake.consult(request, caller), claim);
        return claim.response();
    }
}

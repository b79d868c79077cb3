package kz.gov.rehab.certificate.issuance.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import kz.gov.rehab.commons.caller.Caller;
import kz.gov.rehab.commons.caller.CallerIdentity;
import kz.gov.rehab.certificate.application.Applications;
import kz.gov.rehab.certificate.application.CertificateApplication;
import kz.gov.rehab.commons.concurrency.IfMatch;
import kz.gov.rehab.certificate.issuance.Certificate;
import kz.gov.rehab.certificate.issuance.CertificateForm;
import kz.gov.rehab.certificate.issuance.Issuance;
import kz.gov.rehab.commons.document.PaperDocument;
import kz.gov.rehab.commons.document.PdfResponses;
import kz.gov.rehab.commons.idempotency.IdempotencyClaim;
import kz.gov.rehab.commons.idempotency.IdempotentRequests;
import kz.gov.rehab.commons.problem.ProblemException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Issuing the certificate or duplicate (C8) and handing out the result. */
@Path("/api/v1/certificates/applications/{number}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Certificates", description = "Issue, hand-out and verification (C8)")
public class IssuanceResource {

    private static final String ISSUED = """
            {"number":"710000000-2026-000017","kind":"ORIGINAL","holderIin":"3504******00","holderName":"Сейтқали Бекжан",
             "akimatCode":"710000000","akimatName":"Астана қаласының әкімдігі","issuedOn":"2026-03-27","printedAt":"2026-03-27T15:02:11+05:00",
             "status":"VALID","form":"PAPER","fee":0}""";

    private final Issuance issuance;
    private final CallerIdentity callers;
    private final IdempotentRequests idempotency;
    private final Applications applications;
    private final CertificateForm form;

    public IssuanceResource(Issuance issuance, CallerIdentity callers, IdempotentRequests idempotency, Applications applications,
            CertificateForm form) {
        this.issuance = issuance;
        this.callers = callers;
        this.idempotency = idempotency;
        this.applications = applications;
        this.form = form;
    }

    @GET
    @Path("/certificate")
    @Produces({MediaType.APPLICATION_JSON, PaperDocument.MEDIA_TYPE})
    @RolesAllowed({"akimat", "state-corporation"})
    @Operation(summary = "The certificate (or duplicate) issued on the application",
            description = "With `Accept: application/pdf` the paper form on the template of Appendix 2 of Order No. 78, Kazakh and Russian, "
                    + "with a QR code linking to the certificate's verification; a duplicate is marked ТЕЛНҰСҚА / ДУБЛИКАТ. The same "
                    + "certificate always gives the same bytes. The akimat that issued it and the branch that hands it out may read it.")
    @APIResponse(responseCode = "200", description = "The certificate; its ETag is the certificate's version", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CertificateView.class),
                    examples = @ExampleObject(name = "original", value = ISSUED)),
            @Content(mediaType = PaperDocument.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    @APIResponse(responseCode = "404", description = "No such application for this caller, or no certificate issued on it",
            content = @Content(mediaType = "application/problem+json"))
    public Response certificate(@PathParam("number") String number, @Context HttpHeaders headers) {
        CertificateApplication application = applications.visibleTo(number, callers.actingAs("akimat", "state-corporation"));
        Certificate certificate = Certificate.ofApplication(application.id).orElseThrow(() ->
                ProblemException.notFound("No certificate has been issued on application " + number));
        if (PdfResponses.asked(headers)) {
            return PdfResponses.of(form.of(certificate));
        }
        return Response.ok(CertificateView.of(certificate), MediaType.APPLICATION_JSON).tag(IfMatch.entityTag(certificate.version)).build();
    }

    @POST
    @Path("/certificate")
    @RolesAllowed("akimat")
    @Operation(summary = "Issue the certificate (or duplicate)",
            description = "Paper form, free of charge (items 6-8). A duplicate replaces the certificate in force, which becomes REPLACED_BY_DUPLICATE. "
                    + "Allowed while UNDER_REVIEW or after the hearing.")
    @APIResponse(responseCode = "201", description = "Issued and printed",
            content = @Content(schema = @Schema(implementation = CertificateView.class), examples = @ExampleObject(name = "original", value = ISSUED)))
    @APIResponse(responseCode = "409", description = "Not allowed in the current state", content = @Content(mediaType = "application/problem+json",
            examples = @ExampleObject(name = "wrong state", value = """
                    {"type":"https://rehab.gov.kz/problems/transition-not-allowed","title":"Not allowed in the current state","status":409,
                     "detail":"Issuing the certificate is not allowed while the application is HEARING_SCHEDULED","currentState":"HEARING_SCHEDULED"}""")))
    @APIResponse(responseCode = "422", description = "The person already holds an original certificate", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "412", description = "If-Match names a version the application has left (version-mismatch)",
            content = @Content(mediaType = "application/problem+json"))
    public Response issue(@PathParam("number") String number,
            @Parameter(description = IfMatch.DESCRIPTION) @HeaderParam(IfMatch.HEADER) String ifMatch,
            @Parameter(description = "Makes a retry safe") @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey) {
        Caller caller = callers.actingAs("akimat");
        Long expected = IfMatch.version(ifMatch);
        IdempotencyClaim<Certificate> claim = idempotency.claim(idempotencyKey,
                caller.system() + " POST /applications/" + number + "/certificate", number,
                certificate -> Response.created(URI.create("/api/v1/certificates/verification/" + certificate.number))
                        .entity(CertificateView.of(certificate)).build());
        issuance.issue(number, expected, caller, claim);
        return claim.response();
    }

    @POST
    @Path("/hand-out")
    @RolesAllowed("state-corporation")
    @Operation(summary = "Hand out the result at the State Corporation", description = "The certificate or the reasoned refusal; records the date.")
    @APIResponse(responseCode = "200", description = "Handed out", content = @Content(examples = @ExampleObject(name = "handed out", value = """
            {"applicationNumber":"CRT-2026-000042","status":"HANDED_OUT","handedOutOn":"2026-04-01"}""")))
    @APIResponse(responseCode = "409", description = "No result yet", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "412", description = "If-Match names a version the application has left (version-mismatch)",
            content = @Content(mediaType = "application/problem+json"))
    public HandOutView handOut(@PathParam("number") String number,
            @Parameter(description = IfMatch.DESCRIPTION) @HeaderParam(IfMatch.HEADER) String ifMatch) {
        var application = issuance.handOut(number, IfMatch.version(ifMatch), callers.actingAs("state-corporation"));
        return new HandOutView(application.number, application.status.name(), application.handedOutOn);
    }

    public record CertificateView(String number, Certificate.Kind kind, String holderIin, String holderName, String akimatCode,
            String akimatName, LocalDate issuedOn, OffsetDateTime printedAt, Certificate.Status status, String originalNumber,
            String form, int fee) {
        static CertificateView of(Certificate c) {
            return new CertificateView(c.number, c.kind, c.holderIin.masked(), c.holderName, c.akimatCode, c.akimatName, c.issuedOn,
                    c.printedAt, c.status, c.originalNumber, "PAPER", 0);
        }
    }

    public record HandOutView(String applicationNumber, String status, LocalDate handedOutOn) {
    }

}

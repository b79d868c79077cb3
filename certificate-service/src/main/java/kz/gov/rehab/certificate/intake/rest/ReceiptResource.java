package kz.gov.rehab.certificate.intake.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import kz.gov.rehab.commons.caller.CallerIdentity;
import kz.gov.rehab.certificate.application.Applications;
import kz.gov.rehab.certificate.application.CertificateApplication;
import kz.gov.rehab.certificate.intake.receipt.ReceiptPapers;
import kz.gov.rehab.commons.document.PaperDocument;
import kz.gov.rehab.commons.document.PdfResponses;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The receipt given at the counter (C3, C4), as JSON or as the paper to print (docs/documents.md). */
@Path("/api/v1/certificates/applications/{number}/receipt")
@Tag(name = "Intake")
public class ReceiptResource {

    private final Applications applications;
    private final CallerIdentity callers;
    private final ReceiptPapers papers;

    public ReceiptResource(Applications applications, CallerIdentity callers, ReceiptPapers papers) {
        this.applications = applications;
        this.callers = callers;
        this.papers = papers;
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, PaperDocument.MEDIA_TYPE})
    @RolesAllowed({"akimat", "state-corporation"})
    @Operation(summary = "The receipt of the application: acceptance (para 5) or refusal to accept (Appendix 3)",
            description = "As recorded at intake. With `Accept: application/pdf` the paper to print and hand over: Kazakh and Russian, "
                    + "with a QR code linking to the receipt's verification; the refusal receipt carries both copies (one per party). "
                    + "The same record always gives the same bytes. A branch sees the receipts it gave, an akimat those of the "
                    + "applications routed to it.")
    @APIResponse(responseCode = "200", description = "The receipt", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "acceptance", value = """
                    {"kind":"ACCEPTANCE","applicationNumber":"CRT-2026-000042","requested":"CERTIFICATE",
                     "acceptedDocuments":["Identity card No. 099000001","Rehabilitation reference No. R-1996-099001 of 1996-04-18, Астана қаласының прокуратурасы"],
                     "acceptedBy":{"surname":"Сапарова","name":"Динара","patronymic":"Ерланқызы","position":"Chief specialist"},
                     "branchNumber":"ASTANA-01","submittedAt":"2026-03-20T10:15:00+05:00","resultReadyOn":"2026-04-01"}""")),
            @Content(mediaType = PaperDocument.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    @APIResponse(responseCode = "404", description = "No such application for this caller", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "406", description = "Neither JSON nor PDF accepted")
    public Response receipt(@Parameter(example = "CRT-2026-000042") @PathParam("number") String number, @Context HttpHeaders headers) {
        CertificateApplication application = applications.visibleTo(number, callers.actingAs("akimat", "state-corporation"));
        if (PdfResponses.asked(headers)) {
            return PdfResponses.of(papers.of(application));
        }
        return Response.ok(application.receipt, MediaType.APPLICATION_JSON).build();
    }
}

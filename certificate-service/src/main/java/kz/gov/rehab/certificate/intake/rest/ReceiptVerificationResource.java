package kz.gov.rehab.certificate.intake.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import kz.gov.rehab.certificate.application.CertificateApplication;
import kz.gov.rehab.certificate.intake.receipt.AcceptanceReceipt;
import kz.gov.rehab.certificate.intake.receipt.RefusalReceipt;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Verifying a paper receipt (the target of its QR code): whether this application number was given
 * this kind of receipt, on which day, by which branch, with which ready date. No name, no IIN, no
 * status of the application: nothing more personal than the paper shows.
 */
@Path("/api/v1/certificates/verification/receipts")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Intake")
public class ReceiptVerificationResource {

    @GET
    @Path("/{applicationNumber}")
    @Authenticated
    @Operation(summary = "Verify a receipt", description = "What the receipt of this number says: kind, date, branch and ready date, "
            + "or UNKNOWN. Personal data are not part of the answer.")
    @APIResponse(responseCode = "200", description = "Verification result", content = @Content(schema = @Schema(implementation = ReceiptVerification.class),
            examples = {@ExampleObject(name = "acceptance", value = """
                    {"applicationNumber":"CRT-2026-000042","result":"ISSUED","kind":"ACCEPTANCE","date":"2026-03-20",
                     "branchNumber":"ASTANA-01","resultReadyOn":"2026-04-01"}"""),
                    @ExampleObject(name = "unknown", value = "{\"applicationNumber\":\"CRT-2026-999999\",\"result\":\"UNKNOWN\"}")}))
    public ReceiptVerification verify(@Parameter(example = "CRT-2026-000042") @PathParam("applicationNumber") String applicationNumber) {
        CertificateApplication application = CertificateApplication.findByNumber(applicationNumber);
        if (application == null) {
            return new ReceiptVerification(applicationNumber, "UNKNOWN", null, null, null, null);
        }
        Object kind = application.receipt.get("kind");
        boolean refusal = RefusalReceipt.KIND.equals(kind);
        return new ReceiptVerification(application.number, "ISSUED", String.valueOf(kind),
                refusal ? String.valueOf(application.receipt.get("date")) : application.submittedAt.toLocalDate().toString(),
                application.branchNumber,
                refusal || application.readyDate == null ? null : application.readyDate.toString());
    }

    /** A receipt as verified; {@code kind} is {@value AcceptanceReceipt#KIND} or {@value RefusalReceipt#KIND}. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ReceiptVerification(String applicationNumber, String result, String kind, String date, String branchNumber,
            String resultReadyOn) {
    }
}

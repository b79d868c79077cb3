package kz.gov.rehab.certificate.issuance.rest;

import io.quarkus.security.Authenticated;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import kz.gov.rehab.certificate.issuance.Certificate;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Verifying a certificate for other government systems: in force, replaced by a duplicate, or unknown. */
@Path("/api/v1/certificates/verification")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Certificates")
public class VerificationResource {

    @GET
    @Path("/{certificateNumber}")
    @Authenticated
    @Transactional
    @Operation(summary = "Verify a certificate", description = "For other government systems: valid, replaced by a duplicate, or unknown; with the holder's masked IIN.")
    @APIResponse(responseCode = "200", description = "Verification result", content = @Content(schema = @Schema(implementation = Verification.class),
            examples = {@ExampleObject(name = "valid", value = """
                    {"certificateNumber":"710000000-2026-000017","result":"VALID","kind":"ORIGINAL","holderIin":"3504******00","issuedOn":"2026-03-27","akimatName":"Астана қаласының әкімдігі"}"""),
                    @ExampleObject(name = "replaced", value = """
                    {"certificateNumber":"710000000-2026-000017","result":"REPLACED_BY_DUPLICATE","kind":"ORIGINAL","holderIin":"3504******00","issuedOn":"2026-03-27","akimatName":"Астана қаласының әкімдігі","replacedBy":"710000000-2026-000017-D1"}"""),
                    @ExampleObject(name = "unknown", value = "{\"certificateNumber\":\"000000000-2026-000000\",\"result\":\"UNKNOWN\"}")}))
    public Verification verify(@Parameter(example = "710000000-2026-000017") @PathParam("certificateNumber") String certificateNumber) {
        Certificate certificate = Certificate.findById(certificateNumber);
        if (certificate == null) {
            return new Verification(certificateNumber, "UNKNOWN", null, null, null, null, null);
        }
        return new Verification(certificate.number, certificate.status.name(), certificate.kind, certificate.holderIin.masked(),
                certificate.issuedOn, certificate.akimatName, certificate.replacedBy);
    }

    /** What the paper says, without the name and with the IIN masked (the QR code of the paper leads here). */
    public record Verification(String certificateNumber, String result, Certificate.Kind kind, String holderIin, LocalDate issuedOn,
            String akimatName, String replacedBy) {
    }
}

package kz.gov.rehab.compensation.application.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import kz.gov.rehab.compensation.application.CompensationApplication;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Verifying an application form on paper (the target of its QR code): whether an application of
 * this number was received, and its date and the date it was accepted. No name, no IIN, not its
 * status: nothing more personal than the paper shows.
 */
@Path("/api/v1/compensations/verification/applications")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Compensation applications")
public class ApplicationVerificationResource {

    @GET
    @Path("/{number}")
    @Authenticated
    @Operation(summary = "Verify an application form", description = "RECEIVED with the application's date and the date it was "
            + "accepted, or UNKNOWN. Personal data are not part of the answer.")
    @APIResponse(responseCode = "200", description = "Verification result", content = @Content(schema = @Schema(implementation = ApplicationVerification.class),
            examples = {@ExampleObject(name = "received", value = """
                    {"number":"CMP-2026-000001","result":"RECEIVED","applicationDate":"2026-05-04","acceptedOn":"2026-05-04"}"""),
                    @ExampleObject(name = "unknown", value = "{\"number\":\"CMP-2026-999999\",\"result\":\"UNKNOWN\"}")}))
    public ApplicationVerification verify(@Parameter(example = "CMP-2026-000001") @PathParam("number") String number) {
        return CompensationApplication.findByNumber(number)
                .map(a -> new ApplicationVerification(a.number, "RECEIVED", a.applicationDate, a.acceptedOn))
                .orElse(new ApplicationVerification(number, "UNKNOWN", null, null));
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ApplicationVerification(String number, String result, LocalDate applicationDate, LocalDate acceptedOn) {
    }
}

package kz.gov.rehab.certificate.hearing.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.time.LocalDateTime;
import kz.gov.rehab.certificate.application.CertificateApplication;
import kz.gov.rehab.certificate.hearing.Hearing;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Verifying a hearing notice or record on paper (the target of their QR code): whether the
 * application of this number has a hearing, when the applicant was notified, when it was set and
 * when it was held. No name, no ground, no statement: nothing more personal than the paper shows.
 */
@Path("/api/v1/certificates/verification/hearings")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Review by the akimat")
public class HearingVerificationResource {

    @GET
    @Path("/{applicationNumber}")
    @Authenticated
    @Operation(summary = "Verify a hearing notice or record", description = "NOTIFIED or HELD with the dates of the notice, of the "
            + "hearing as set and as held; UNKNOWN when the application has no hearing. Personal data are not part of the answer.")
    @APIResponse(responseCode = "200", description = "Verification result", content = @Content(schema = @Schema(implementation = HearingVerification.class),
            examples = {@ExampleObject(name = "held", value = """
                    {"applicationNumber":"CRT-2026-000042","result":"HELD","notifiedOn":"2026-03-26","scheduledAt":"2026-03-27T11:00:00",
                     "heldOn":"2026-03-27"}"""),
                    @ExampleObject(name = "unknown", value = "{\"applicationNumber\":\"CRT-2026-999999\",\"result\":\"UNKNOWN\"}")}))
    public HearingVerification verify(@Parameter(example = "CRT-2026-000042") @PathParam("applicationNumber") String applicationNumber) {
        CertificateApplication application = CertificateApplication.findByNumber(applicationNumber);
        Hearing hearing = application == null ? null : Hearing.findById(application.id);
        if (hearing == null) {
            return new HearingVerification(applicationNumber, "UNKNOWN", null, null, null);
        }
        return new HearingVerification(applicationNumber, hearing.heldOn == null ? "NOTIFIED" : "HELD", hearing.notifiedOn,
                hearing.scheduledAt, hearing.heldOn);
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record HearingVerification(String applicationNumber, String result, LocalDate notifiedOn, LocalDateTime scheduledAt,
            LocalDate heldOn) {
    }
}

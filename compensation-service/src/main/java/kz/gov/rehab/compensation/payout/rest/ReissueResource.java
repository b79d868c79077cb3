package kz.gov.rehab.compensation.payout.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import kz.gov.rehab.commons.caller.CallerIdentity;
import kz.gov.rehab.commons.idempotency.IdempotencyClaim;
import kz.gov.rehab.commons.idempotency.IdempotentRequests;
import kz.gov.rehab.compensation.application.CompensationApplication;
import kz.gov.rehab.compensation.bank.KazakhIban;
import kz.gov.rehab.compensation.payout.Reissues;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Re-issue of a failed payment after the account is corrected. */
@Path("/api/v1/compensations/applications/{id}/reissue")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Payout batches")
public class ReissueResource {

    private final Reissues reissues;
    private final IdempotentRequests idempotent;
    private final CallerIdentity callers;

    public ReissueResource(Reissues reissues, IdempotentRequests idempotent, CallerIdentity callers) {
        this.reissues = reissues;
        this.idempotent = idempotent;
        this.callers = callers;
    }

    @Schema(name = "CorrectedBankAccount")
    public record CorrectedAccount(@NotBlank @KazakhIban @Schema(example = "KZ19601KZT0000000001") String iban,
            @NotBlank @Size(max = 200) @Schema(example = "Halyk Bank") String bank) {
    }

    public record Reissued(UUID id, String number, String status, String iban, String bankBic) {
    }

    @POST
    @RolesAllowed({"payment-operator", "compensation-officer"})
    @Operation(summary = "Correct the account of a failed payment and re-issue it", description = "Only a compensation"
            + " whose payment FAILED; it goes back to ASSIGNED and into the next batch. The failed payment stays failed.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "corrected",
            value = "{\"iban\":\"KZ19601KZT0000000001\",\"bank\":\"Halyk Bank\"}",
            // only after a failed payment: the application of the examples is assigned, not failed, so 409
            extensions = @Extension(name = "x-expect", value = "409"))))
    @APIResponse(responseCode = "200", description = "Re-issued: ASSIGNED with the corrected account")
    @APIResponse(responseCode = "409", description = "The payment did not fail", content = @Content(mediaType = "application/problem+json"))
    public Response reissue(@PathParam("id") UUID id, @HeaderParam(IdempotentRequests.HEADER) String key,
            @Valid @NotNull CorrectedAccount account) {
        String operator = callers.name();
        IdempotencyClaim<CompensationApplication> claim = idempotent.claim(key,
                operator + " POST /api/v1/compensations/applications/" + id + "/reissue", account,
                application -> Response.ok(new Reissued(application.id, application.number, application.status.name(),
                        application.iban, application.bankBic)).build());
        reissues.reissue(id, account.iban(), account.bank(), operator, claim);
        return claim.response();
    }
}

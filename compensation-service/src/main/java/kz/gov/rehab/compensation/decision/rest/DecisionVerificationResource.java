package kz.gov.rehab.compensation.decision.rest;

import kz.gov.rehab.commons.money.Money;
import kz.gov.rehab.commons.time.ServiceClock;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import kz.gov.rehab.commons.document.DocumentsConfig;
import kz.gov.rehab.compensation.application.CompensationApplication;
import kz.gov.rehab.compensation.decision.RefusalReason;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Verifying a paper decision (the target of its QR code): whether the decision of this number
 * exists, assigned (with the amount) or refused (with the reason), and its date. No name and no
 * IIN: nothing more personal than the paper shows.
 */
@Path("/api/v1/compensations/verification/decisions")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Compensation applications")
public class DecisionVerificationResource {

    private final DocumentsConfig documents;

    private final ServiceClock clock;

    public DecisionVerificationResource(DocumentsConfig documents, ServiceClock clock) {
        this.clock = clock;
        this.documents = documents;
    }

    @GET
    @Path("/{number}")
    @Authenticated
    @Operation(summary = "Verify a decision", description = "What the decision of this number says: assigned with the amount, or "
            + "refused with the reason, and the day; UNKNOWN when there is none. Personal data are not part of the answer.")
    @APIResponse(responseCode = "200", description = "Verification result", content = @Content(schema = @Schema(implementation = DecisionVerification.class),
            examples = {@ExampleObject(name = "assigned", value = """
                    {"number":"CMP-2026-000001","result":"ASSIGNED","decidedOn":"2026-05-04","amount":{"amount":"77850.00","currency":"KZT"}}"""),
                    @ExampleObject(name = "unknown", value = "{\"number\":\"CMP-2026-999999\",\"result\":\"UNKNOWN\"}")}))
    public DecisionVerification verify(@Parameter(example = "CMP-2026-000001") @PathParam("number") String number) {
        return CompensationApplication.findByNumber(number)
                .filter(a -> a.decidedAt != null)
                .map(a -> new DecisionVerification(a.number, a.refusalReason != null ? "REFUSED" : "ASSIGNED",
                        a.decidedAt.atZone(clock.zone()).toLocalDate(), a.refusalReason != null ? null : Money.kztOrNull(a.amountKzt),
                        a.refusalReason))
                .orElse(new DecisionVerification(number, "UNKNOWN", null, null, null));
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record DecisionVerification(String number, String result, LocalDate decidedOn, Money amount,
            RefusalReason refusalReason) {
    }
}

package kz.gov.rehab.gateway.registry.payment;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Optional;
import kz.gov.rehab.commons.egov.CompensationPayments;
import kz.gov.rehab.commons.egov.EgovHeaders;
import kz.gov.rehab.commons.egov.Registry;
import kz.gov.rehab.gateway.registry.RegistryApi;
import kz.gov.rehab.gateway.registry.RegistryRequests;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/egov/v1/compensation-payments")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("egov-client")
@Tag(name = "Registry: one-time compensation payments")
@SecurityRequirement(name = RegistryApi.SECURITY_SCHEME)
public class CompensationPaymentResource {

    private final RegistryRequests requests;

    public CompensationPaymentResource(RegistryRequests requests) {
        this.requests = requests;
    }

    @GET
    @Path("/{iin}")
    @Operation(summary = "One-time compensation payments by IIN",
            description = "The payments of the one-time compensation to victims of political repressions made to the person, "
                    + "also before the compensation service existed (P3): date, amount, payer and decision.")
    @APIResponse(responseCode = "200", description = "The payments recorded for the person", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "paid in 2019", value = """
                    {"iin":"390101399106","payments":[{"paidOn":"2019-06-14","amountKzt":34087.50,
                     "payer":"НАО «Государственная корпорация «Правительство для граждан», филиал по Акмолинской области",
                     "decisionReference":"Decision No. 11-07/1934 of 2019-06-03"}]}""")))
    @APIResponse(responseCode = "400", description = "No case named (X-Road-Issue) or invalid IIN")
    @APIResponse(responseCode = "401", description = "Missing or unknown API key")
    @APIResponse(responseCode = "403", description = "The calling system is not an egov-client")
    @APIResponse(responseCode = "404", description = "No payment recorded for this IIN")
    @APIResponse(responseCode = "503", description = "Registry unavailable (fault injection)")
    public CompensationPayments compensationPayments(
            @Parameter(description = "IIN", example = "390101399106") @PathParam("iin") String iin,
            @Parameter(description = RegistryApi.CASE_DESCRIPTION, example = "CMP-2026-000001", required = true)
            @HeaderParam(EgovHeaders.CASE) String caseId) {
        return requests.lookup(Registry.COMPENSATION_PAYMENTS, iin, valid -> {
            List<CompensationPaymentRow> rows = CompensationPaymentRow.ofPerson(valid.value());
            return rows.isEmpty()
                    ? Optional.empty()
                    : Optional.of(new CompensationPayments(valid.value(), rows.stream().map(CompensationPaymentRow::toPayment).toList()));
        }, "The register of payments has no one-time compensation payment for this IIN.");
    }
}

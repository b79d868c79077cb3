package kz.gov.rehab.gateway.registry.rehabilitation;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Optional;
import kz.gov.rehab.commons.egov.EgovHeaders;
import kz.gov.rehab.commons.egov.Registry;
import kz.gov.rehab.commons.egov.RehabilitationRecords;
import kz.gov.rehab.gateway.registry.RegistryApi;
import kz.gov.rehab.gateway.registry.RegistryRequests;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/egov/v1/rehabilitation-records")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("egov-client")
@Tag(name = "Registry: rehabilitation references")
@SecurityRequirement(name = RegistryApi.SECURITY_SCHEME)
public class RehabilitationRecordResource {

    private final RegistryRequests requests;

    public RehabilitationRecordResource(RegistryRequests requests) {
        this.requests = requests;
    }

    @GET
    @Path("/{iin}")
    @Operation(summary = "Rehabilitation references by IIN",
            description = "Reference number, date, issuing body, kind of repression, months spent in places of "
                    + "deprivation, and category (repressed / suffered from repressions).")
    @APIResponse(responseCode = "200", description = "The references registered for the person", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "24 months", value = """
                    {"iin":"330707399060","records":[{"referenceNumber":"R-1999-099007","issuedOn":"1999-03-03",
                     "issuingBody":"Астана қаласының прокуратурасы","repressionKind":"IMPRISONMENT","months":24,
                     "category":"REPRESSED"}]}""")))
    @APIResponse(responseCode = "400", description = "No case named (X-Road-Issue) or invalid IIN")
    @APIResponse(responseCode = "401", description = "Missing or unknown API key")
    @APIResponse(responseCode = "403", description = "The calling system is not an egov-client")
    @APIResponse(responseCode = "404", description = "No rehabilitation reference registered for this IIN")
    @APIResponse(responseCode = "503", description = "Registry unavailable (fault injection)")
    public RehabilitationRecords rehabilitationRecords(
            @Parameter(description = "IIN", example = "330707399060") @PathParam("iin") String iin,
            @Parameter(description = RegistryApi.CASE_DESCRIPTION, example = "COMP-2026-000001", required = true)
            @HeaderParam(EgovHeaders.CASE) String caseId) {
        return requests.lookup(Registry.REHABILITATION_RECORDS, iin, valid -> {
            List<RehabilitationRecordRow> rows = RehabilitationRecordRow.ofPerson(valid.value());
            return rows.isEmpty()
                    ? Optional.empty()
                    : Optional.of(new RehabilitationRecords(valid.value(),
                            rows.stream().map(RehabilitationRecordRow::toRecord).toList()));
        }, "The register of rehabilitation references has no reference for this IIN.");
    }
}

package kz.gov.rehab.gateway.registry.address;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import kz.gov.rehab.commons.egov.EgovHeaders;
import kz.gov.rehab.commons.egov.RegisteredAddress;
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

@Path("/egov/v1/addresses")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("egov-client")
@Tag(name = "Registry: address register")
@SecurityRequirement(name = RegistryApi.SECURITY_SCHEME)
public class AddressResource {

    private final RegistryRequests requests;
    private final AkimatDirectory directory;

    public AddressResource(RegistryRequests requests, AkimatDirectory directory) {
        this.requests = requests;
        this.directory = directory;
    }

    @GET
    @Path("/{iin}")
    @Operation(summary = "Registered residence by IIN, with the competent akimat",
            description = "Region, district, settlement (with KATO codes), street, building, flat, registration date, "
                    + "and the akimat that provides the certificate service there (C6), derived from the KATO code "
                    + "through the akimat directory.")
    @APIResponse(responseCode = "200", description = "The registered address", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "address in Astana", value = """
                    {"iin":"330707399060","region":{"name":"Астана","katoCode":"710000000"},
                     "district":{"name":"Алматы ауданы","katoCode":"711100000"},
                     "settlement":{"name":"Астана","katoCode":"711110000"},"street":"Тәуелсіздік даңғылы",
                     "building":"21","flat":"140","registeredOn":"2005-05-20",
                     "competentAkimat":{"code":"710000000","kind":"CITY_OF_REPUBLICAN_SIGNIFICANCE",
                     "nameKk":"Астана қаласының әкімдігі","nameRu":"Акимат города Астаны"}}""")))
    @APIResponse(responseCode = "400", description = "No case named (X-Road-Issue) or invalid IIN")
    @APIResponse(responseCode = "401", description = "Missing or unknown API key")
    @APIResponse(responseCode = "403", description = "The calling system is not an egov-client")
    @APIResponse(responseCode = "404", description = "No registered address for this IIN")
    @APIResponse(responseCode = "503", description = "Registry unavailable (fault injection)")
    public RegisteredAddress registeredAddress(
            @Parameter(description = "IIN", example = "330707399060") @PathParam("iin") String iin,
            @Parameter(description = RegistryApi.CASE_DESCRIPTION, example = "CERT-2026-000001", required = true)
            @HeaderParam(EgovHeaders.CASE) String caseId) {
        return requests.lookup(Registry.ADDRESSES, iin,
                valid -> RegisteredAddressRow.<RegisteredAddressRow>findByIdOptional(valid.value())
                        .map(address -> address.toAddress(directory.competentFor(address.settlementKato).orElse(null))),
                "The address register has no registered residence for this IIN.");
    }
}

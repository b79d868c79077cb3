package kz.gov.rehab.gateway.registry.person;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import kz.gov.rehab.commons.egov.EgovHeaders;
import kz.gov.rehab.commons.egov.PersonRecord;
import kz.gov.rehab.commons.egov.Registry;
import kz.gov.rehab.gateway.registry.RegistryApi;
import kz.gov.rehab.gateway.registry.RegistryRequests;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeIn;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/egov/v1/persons")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("egov-client")
@Tag(name = "Registry: state database of individuals")
@SecurityScheme(securitySchemeName = RegistryApi.SECURITY_SCHEME, type = SecuritySchemeType.APIKEY,
        in = SecuritySchemeIn.HEADER, apiKeyName = EgovHeaders.API_KEY,
        description = "API key of the calling system (see docs/gateway.md for the development keys)")
@SecurityRequirement(name = RegistryApi.SECURITY_SCHEME)
public class PersonResource {

    private final RegistryRequests requests;

    public PersonResource(RegistryRequests requests) {
        this.requests = requests;
    }

    @GET
    @Path("/{iin}")
    @Operation(summary = "Person by IIN",
            description = "Names (patronymic only if any), birth date, sex, citizenship, life status and identity documents.")
    @APIResponse(responseCode = "200", description = "The person", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "person", value = """
                    {"iin":"330707399060","surname":"Исқақов","firstName":"Мұрат","patronymic":"Болатұлы",
                     "birthDate":"1933-07-07","sex":"MALE","citizenship":"KAZ","resident":true,"lifeStatus":"ALIVE",
                     "deathDate":null,"identityDocuments":[{"type":"ID_CARD","number":"099000007","issuer":"ҚР ІІМ",
                     "issuedOn":"2020-08-14","expiresOn":"2030-08-13"}]}""")))
    @APIResponse(responseCode = "400", description = "No case named (X-Road-Issue) or invalid IIN",
            content = @Content(mediaType = "application/problem+json", examples = @ExampleObject(name = "no case", value = """
                    {"type":"https://rehab.gov.kz/problems/case-required","title":"Case required","status":400,
                     "detail":"Every registry request must name the case it is made for in the X-Road-Issue header (1 to 100 letters, digits or ._:/#-), e.g. the application number.",
                     "instance":"/egov/v1/persons/330707399060"}""")))
    @APIResponse(responseCode = "401", description = "Missing or unknown API key")
    @APIResponse(responseCode = "403", description = "The calling system is not an egov-client")
    @APIResponse(responseCode = "404", description = "No person with this IIN")
    @APIResponse(responseCode = "503", description = "Registry unavailable (fault injection)")
    public PersonRecord person(
            @Parameter(description = "IIN", example = "330707399060") @PathParam("iin") String iin,
            @Parameter(description = RegistryApi.CASE_DESCRIPTION, example = "CERT-2026-000001", required = true)
            @HeaderParam(EgovHeaders.CASE) String caseId) {
        return requests.lookup(Registry.PERSONS, iin,
                valid -> Person.withDocuments(valid.value()).map(Person::toRecord),
                "The state database of individuals has no person with this IIN.");
    }
}

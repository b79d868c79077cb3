package kz.gov.rehab.gateway.registry.address;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.regex.Pattern;
import kz.gov.rehab.commons.egov.Akimat;
import kz.gov.rehab.commons.problem.Problem;
import kz.gov.rehab.commons.problem.ProblemException;
import kz.gov.rehab.gateway.registry.RegistryApi;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The akimat directory of the address register, by territory rather than by person: which akimat is
 * competent (C6) for a settlement's KATO code. A service asks it when the applicant has no registered
 * address and the application is routed by the residential address written on the form (Appendix 1).
 * No personal data is asked or answered, so the request names no case and is not in the access log.
 */
@Path("/egov/v1/akimats")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("egov-client")
@Tag(name = "Registry: address register")
@SecurityRequirement(name = RegistryApi.SECURITY_SCHEME)
public class AkimatDirectoryResource {

    private static final Pattern KATO = Pattern.compile("\\d{9}");

    private final AkimatDirectory directory;

    public AkimatDirectoryResource(AkimatDirectory directory) {
        this.directory = directory;
    }

    @GET
    @Path("/competent")
    @Operation(summary = "The competent akimat for a KATO code",
            description = "The directory entry with the longest KATO prefix of the code: the city of republican significance, "
                    + "else the district or city of regional significance the settlement lies in.")
    @APIResponse(responseCode = "200", description = "The competent akimat", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "Almaty", value = """
                    {"code":"750000000","kind":"CITY_OF_REPUBLICAN_SIGNIFICANCE","nameKk":"Алматы қаласының әкімдігі","nameRu":"Акимат города Алматы"}""")))
    @APIResponse(responseCode = "400", description = "Not a 9-digit KATO code")
    @APIResponse(responseCode = "404", description = "No akimat of the directory covers this code")
    public Akimat competent(@Parameter(description = "KATO code of the settlement (9 digits)", example = "751110000")
            @QueryParam("kato") String kato) {
        if (kato == null || !KATO.matcher(kato).matches()) {
            throw ProblemException.badRequest("Not a KATO code",
                    java.util.List.of(new Problem.Violation("kato", "a KATO code is exactly 9 digits")));
        }
        return directory.competentFor(kato)
                .orElseThrow(() -> ProblemException.notFound("No akimat of the directory covers KATO code " + kato));
    }
}

package kz.gov.rehab.gateway.registry.access;

import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.List;
import kz.gov.rehab.commons.paging.Page;
import kz.gov.rehab.commons.paging.Paging;
import kz.gov.rehab.gateway.registry.RegistryApi;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Who read which person's registry data, for which case: for the auditor. */
@Path("/egov/v1/access-log")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("auditor")
@Tag(name = "Registry: access log")
@SecurityRequirement(name = RegistryApi.SECURITY_SCHEME)
public class AccessLogResource {

    @GET
    @Operation(summary = "Registry requests, newest first",
            description = "Filter by the person's full IIN, the case, or the calling system. IINs in the answer are masked.")
    @APIResponse(responseCode = "200", description = "A page of matching requests (`next` and the `Link` header lead on)")
    @APIResponse(responseCode = "401", description = "Missing or unknown API key")
    @APIResponse(responseCode = "403", description = "The calling system is not an auditor")
    public Page<AccessLogEntry> search(
            @Parameter(description = "Full IIN of the person", example = "330707399060") @QueryParam("iin") String iin,
            @Parameter(description = "Case (X-Road-Issue)", example = "CERT-2026-000001") @QueryParam("case") String caseId,
            @Parameter(description = "Calling system id", example = "certificate-service") @QueryParam("system") String system,
            @BeanParam Paging paging) {
        List<String> conditions = new ArrayList<>();
        Parameters parameters = new Parameters();
        if (iin != null) {
            conditions.add("iin = :iin");
            parameters.and("iin", iin);
        }
        if (caseId != null) {
            conditions.add("caseId = :caseId");
            parameters.and("caseId", caseId);
        }
        if (system != null) {
            conditions.add("callingSystem = :system");
            parameters.and("system", system);
        }
        String query = conditions.isEmpty() ? "1 = 1" : String.join(" and ", conditions);
        return paging.of(RegistryAccess.<RegistryAccess>find(query, Sort.descending("at", "id"), parameters), AccessLogEntry::of);
    }
}

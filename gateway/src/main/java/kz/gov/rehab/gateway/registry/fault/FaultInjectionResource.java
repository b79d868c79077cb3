package kz.gov.rehab.gateway.registry.fault;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import kz.gov.rehab.commons.egov.Registry;
import kz.gov.rehab.commons.problem.ProblemException;
import kz.gov.rehab.gateway.registry.RegistryApi;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Fault injection for drills, per registry; off at start, switched at run time by a registry admin. */
@Path("/egov/v1/admin/faults")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("registry-admin")
@Tag(name = "Registry: fault injection (drills)")
@SecurityRequirement(name = RegistryApi.SECURITY_SCHEME)
public class FaultInjectionResource {

    private final RegistryFaults faults;

    public FaultInjectionResource(RegistryFaults faults) {
        this.faults = faults;
    }

    @GET
    @Operation(summary = "Faults in force, per registry")
    @APIResponse(responseCode = "200", description = "Faults per registry path", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "persons down", value = """
                    {"persons":{"latencyMillis":0,"errorRate":0.0,"outage":true},
                     "addresses":{"latencyMillis":0,"errorRate":0.0,"outage":false},
                     "digital-documents":{"latencyMillis":0,"errorRate":0.0,"outage":false},
                     "rehabilitation-records":{"latencyMillis":1500,"errorRate":0.0,"outage":false}}""")))
    public Map<String, RegistryFault> list() {
        Map<String, RegistryFault> answer = new java.util.LinkedHashMap<>();
        faults.all().forEach((registry, fault) -> answer.put(registry.path(), fault));
        return answer;
    }

    @PUT
    @Path("/{registry}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Inject faults into one registry",
            description = "latencyMillis is added to every request; errorRate (0..1) of requests fail with 500; "
                    + "outage makes every request answer 503. All zero/false switches the registry back to normal.")
    @RequestBody(content = @Content(examples = {
            @ExampleObject(name = "outage", value = "{\"latencyMillis\":0,\"errorRate\":0.0,\"outage\":true}"),
            @ExampleObject(name = "slow", value = "{\"latencyMillis\":3000,\"errorRate\":0.0,\"outage\":false}"),
            @ExampleObject(name = "flaky", value = "{\"latencyMillis\":0,\"errorRate\":0.5,\"outage\":false}")}))
    @APIResponse(responseCode = "200", description = "The fault now in force")
    @APIResponse(responseCode = "400", description = "Invalid values")
    @APIResponse(responseCode = "403", description = "The calling system is not a registry admin")
    @APIResponse(responseCode = "404", description = "Unknown registry")
    public RegistryFault set(
            @Parameter(description = "persons, addresses, digital-documents or rehabilitation-records", example = "persons")
            @PathParam("registry") String registry,
            @Valid @NotNull RegistryFault fault) {
        faults.set(registry(registry), fault);
        return fault;
    }

    @DELETE
    @Operation(summary = "Switch all registries back to normal")
    @APIResponse(responseCode = "204", description = "No fault injected any more")
    public void clear() {
        faults.clear();
    }

    private static Registry registry(String path) {
        try {
            return Registry.fromPath(path);
        } catch (IllegalArgumentException e) {
            throw new ProblemException(404, "unknown-registry", "Unknown registry",
                    "No registry '" + path + "': use persons, addresses, digital-documents or rehabilitation-records.");
        }
    }
}

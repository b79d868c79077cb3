package kz.gov.rehab.gateway.egov;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import kz.gov.rehab.commons.egov.EgovRegistries;
import kz.gov.rehab.commons.egov.PersonRecord;
import kz.gov.rehab.commons.person.Iin;

/** Test-only endpoint that reads a person as a service endpoint would, to check what a caller sees. */
@Path("/test/registry-probe")
@Produces(MediaType.APPLICATION_JSON)
public class RegistryProbeResource {

    private final EgovRegistries registries;

    public RegistryProbeResource(EgovRegistries registries) {
        this.registries = registries;
    }

    @GET
    @Path("/persons/{iin}/{case}")
    public PersonRecord person(@PathParam("iin") String iin, @PathParam("case") String caseId) {
        return registries.person(Iin.parse(iin), caseId).orElseThrow();
    }
}

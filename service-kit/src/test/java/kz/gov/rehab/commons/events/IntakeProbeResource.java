package kz.gov.rehab.commons.events;

import jakarta.transaction.Transactional;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.util.Map;
import java.util.UUID;
import kz.gov.rehab.commons.egov.EgovRegistries;

/**
 * An intake as the services do it, only in the library's tests: the registries are asked on other
 * threads first ({@link EgovRegistries#meanwhile}), then the application and its events are recorded
 * in one transaction.
 */
@Path("/probe/intake")
public class IntakeProbeResource {

    private final EgovRegistries registries;
    private final StatusEvents statusEvents;

    public IntakeProbeResource(EgovRegistries registries, StatusEvents statusEvents) {
        this.registries = registries;
        this.statusEvents = statusEvents;
    }

    @POST
    @Path("/{applicationId}")
    @Transactional
    public Map<String, String> submit(@PathParam("applicationId") UUID applicationId) {
        String person = EgovRegistries.answer(registries.meanwhile(() -> "asked on another thread"));
        String address = EgovRegistries.answer(registries.meanwhile(() -> "asked on another thread too"));
        for (String stage : new String[] {"submitted", "accepted"}) {
            statusEvents.record(applicationId, "C-2026-000200", "application." + stage, MonitoringData.stage(stage)
                    .details(Map.of("asked", person.length() + address.length())).build());
        }
        return Map.of("applicationId", applicationId.toString());
    }
}

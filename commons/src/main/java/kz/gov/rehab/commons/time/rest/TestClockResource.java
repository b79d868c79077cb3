package kz.gov.rehab.commons.time.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import kz.gov.rehab.commons.problem.ProblemException;
import kz.gov.rehab.commons.time.AdjustableClock;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Moves the application's clock forward, for a test that needs time to pass (the 16-minute wait of
 * the queue, a deadline). It answers only when the clock was started elsewhere by configuration,
 * which the dev and test profiles alone may do: in production it is always 404. Not routed by the
 * gateway; a test calls the application directly.
 */
@Path("/testing/clock")
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
public class TestClockResource {

    private final Clock clock;

    public TestClockResource(Clock clock) {
        this.clock = clock;
    }

    @POST
    @Path("/advance")
    @Operation(hidden = true) // not part of the API: callers of the gateway cannot reach it
    public Map<String, String> advance(@QueryParam("minutes") Integer minutes) {
        if (!(clock instanceof AdjustableClock adjustable)) {
            throw ProblemException.notFound("The clock runs on the real time here (rehab.clock.fixed is not set)");
        }
        if (minutes == null || minutes < 0 || minutes > 60 * 24 * 366) {
            throw ProblemException.badRequest("minutes is a number of minutes to move forward, 0 to 527040",
                    java.util.List.of(new kz.gov.rehab.commons.problem.Problem.Violation("minutes", "0 to 527040")));
        }
        return Map.of("now", adjustable.advance(Duration.ofMinutes(minutes)).toString());
    }
}

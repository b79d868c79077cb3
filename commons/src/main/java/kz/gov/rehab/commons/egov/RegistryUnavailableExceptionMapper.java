package kz.gov.rehab.commons.egov;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A registry outage is the caller's to retry later: 503 with {@code Retry-After}. */
@Provider
public class RegistryUnavailableExceptionMapper implements ExceptionMapper<RegistryUnavailableException> {

    @Context
    UriInfo uriInfo;

    @Override
    public Response toResponse(RegistryUnavailableException exception) {
        long seconds = Math.max(1, exception.retryAfter().toSeconds());
        return EgovProblems.problem(503, "registry-unavailable", "State registry unavailable",
                        "The " + exception.registry().title()
                                + " did not answer in time; nothing was saved. Try again later.",
                        uriInfo == null ? null : uriInfo.getRequestUri().getPath())
                .header(HttpHeaders.RETRY_AFTER, seconds)
                .build();
    }
}

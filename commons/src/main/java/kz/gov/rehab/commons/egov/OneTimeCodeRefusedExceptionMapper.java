package kz.gov.rehab.commons.egov;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

@Provider
public class OneTimeCodeRefusedExceptionMapper implements ExceptionMapper<OneTimeCodeRefusedException> {

    @Context
    UriInfo uriInfo;

    @Override
    public Response toResponse(OneTimeCodeRefusedException exception) {
        return EgovProblems.problem(422, "one-time-code-refused", "One-time code refused", exception.getMessage(),
                uriInfo == null ? null : uriInfo.getRequestUri().getPath()).build();
    }
}

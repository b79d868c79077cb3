package kz.gov.rehab.gateway.problem;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Maps the gateway's own errors and the security outcomes of its REST endpoints to problem+json. */
public class ProblemMappers {

    static final String API_KEY_CHALLENGE = "ApiKey header=\"X-Api-Key\"";

    @ServerExceptionMapper
    public Response problem(GatewayProblemException exception, UriInfo uriInfo) {
        Response.ResponseBuilder response = Response.status(exception.status())
                .type(Problem.MEDIA_TYPE)
                .entity(exception.problem(uriInfo.getRequestUri().getPath()));
        exception.headers().forEach(response::header);
        return response.build();
    }

    @ServerExceptionMapper({AuthenticationFailedException.class, UnauthorizedException.class})
    public Response unauthenticated(RuntimeException exception, UriInfo uriInfo) {
        return Response.status(401).type(Problem.MEDIA_TYPE)
                .header("WWW-Authenticate", API_KEY_CHALLENGE)
                .entity(Problem.of(401, "unauthenticated", "Unauthenticated",
                        "A valid API key in the X-Api-Key header is required.", uriInfo.getRequestUri().getPath()))
                .build();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException exception, UriInfo uriInfo) {
        return Response.status(403).type(Problem.MEDIA_TYPE)
                .entity(Problem.of(403, "forbidden", "Forbidden",
                        "The calling system's roles do not allow this request.", uriInfo.getRequestUri().getPath()))
                .build();
    }
}

package kz.gov.rehab.commons.request;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import java.security.Principal;
import org.jboss.logging.MDC;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Accepts or creates {@code X-Request-Id}, puts it in the log context and returns it; puts the
 * calling system in the log context once the caller is authenticated ({@link LogContext}).
 */
public class RequestIdFilter {

    private static final String PROPERTY = RequestIdFilter.class.getName();
    /**
     * Whether the caller is authenticated before the filters run (the services). Where it is not (the
     * gateway's registries), asking for the caller here would authenticate now, before the endpoint
     * could map a failure; the gateway logs its caller in its own access logs instead.
     */
    private static final boolean PROACTIVE_AUTHENTICATION = org.eclipse.microprofile.config.ConfigProvider.getConfig()
            .getOptionalValue("quarkus.http.auth.proactive", Boolean.class).orElse(true);

    @ServerRequestFilter(preMatching = true)
    public void accept(ContainerRequestContext request) {
        String id = RequestId.acceptOrGenerate(request.getHeaderString(RequestId.HEADER));
        request.setProperty(PROPERTY, id);
        MDC.put(RequestId.MDC_KEY, id);
    }

    @ServerRequestFilter
    public void nameTheCaller(ContainerRequestContext request) {
        if (!PROACTIVE_AUTHENTICATION) {
            return;
        }
        Principal caller = request.getSecurityContext() == null ? null : request.getSecurityContext().getUserPrincipal();
        if (caller != null) {
            LogContext.callingSystem(caller.getName());
        }
    }

    @ServerResponseFilter
    public void returnIt(ContainerRequestContext request, ContainerResponseContext response) {
        Object id = request.getProperty(PROPERTY);
        if (id != null) {
            response.getHeaders().putSingle(RequestId.HEADER, id);
        }
        LogContext.clear();
    }
}

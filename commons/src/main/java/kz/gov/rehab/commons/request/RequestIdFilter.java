package kz.gov.rehab.commons.request;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import org.jboss.logging.MDC;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/** Accepts or creates {@code X-Request-Id}, puts it in the log context and returns it. */
public class RequestIdFilter {

    private static final String PROPERTY = RequestIdFilter.class.getName();

    @ServerRequestFilter(preMatching = true)
    public void accept(ContainerRequestContext request) {
        String id = RequestId.acceptOrGenerate(request.getHeaderString(RequestId.HEADER));
        request.setProperty(PROPERTY, id);
        MDC.put(RequestId.MDC_KEY, id);
    }

    @ServerResponseFilter
    public void returnIt(ContainerRequestContext request, ContainerResponseContext response) {
        Object id = request.getProperty(PROPERTY);
        if (id != null) {
            response.getHeaders().putSingle(RequestId.HEADER, id);
        }
        MDC.remove(RequestId.MDC_KEY);
    }
}

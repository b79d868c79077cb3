package kz.gov.rehab.commons.paging;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;

/** Puts the next and previous page of a {@link Page} answer into an RFC 8288 {@code Link} header as well. */
@Provider
public class PageLinks implements ContainerResponseFilter {

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (response.getEntity() instanceof Page<?> page) {
            if (page.next() != null) {
                response.getHeaders().add(HttpHeaders.LINK, "<" + page.next() + ">; rel=\"next\"");
            }
            if (page.prev() != null) {
                response.getHeaders().add(HttpHeaders.LINK, "<" + page.prev() + ">; rel=\"prev\"");
            }
        }
    }
}

package kz.gov.rehab.commons.paging;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import java.util.ArrayList;
import java.util.List;

/** Puts the next and previous page of a {@link Page} answer into one RFC 8288 {@code Link} header as well. */
@Provider
public class PageLinks implements ContainerResponseFilter {

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (response.getEntity() instanceof Page<?> page) {
            List<String> links = new ArrayList<>(2);
            if (page.next() != null) {
                links.add("<" + page.next() + ">; rel=\"next\"");
            }
            if (page.prev() != null) {
                links.add("<" + page.prev() + ">; rel=\"prev\"");
            }
            if (!links.isEmpty()) {
                response.getHeaders().putSingle(HttpHeaders.LINK, String.join(", ", links));
            }
        }
    }
}

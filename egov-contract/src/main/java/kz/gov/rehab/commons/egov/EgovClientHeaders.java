package kz.gov.rehab.commons.egov;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import org.eclipse.microprofile.rest.client.ext.ClientHeadersFactory;

/** Adds the service's API key to every registry request. */
@ApplicationScoped
public class EgovClientHeaders implements ClientHeadersFactory {

    private final EgovConfig config;

    public EgovClientHeaders(EgovConfig config) {
        this.config = config;
    }

    @Override
    public MultivaluedMap<String, String> update(MultivaluedMap<String, String> incoming,
            MultivaluedMap<String, String> outgoing) {
        MultivaluedMap<String, String> headers = new MultivaluedHashMap<>();
        config.apiKey().ifPresent(key -> headers.putSingle(EgovHeaders.API_KEY, key));
        return headers;
    }
}

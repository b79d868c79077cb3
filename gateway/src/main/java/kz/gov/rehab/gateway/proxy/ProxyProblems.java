package kz.gov.rehab.gateway.proxy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.buffer.Buffer;
import jakarta.inject.Singleton;
import java.net.URI;
import java.util.List;
import java.util.Map;
import kz.gov.rehab.commons.problem.Problem;

/** RFC 9457 bodies of the answers the gateway gives itself on proxied routes. */
@Singleton
public class ProxyProblems {

    private final ObjectMapper json;

    public ProxyProblems(ObjectMapper json) {
        this.json = json;
    }

    public Buffer body(int status, String slug, String title, String detail, String path) {
        URI instance;
        try {
            instance = URI.create(path);
        } catch (IllegalArgumentException e) {
            instance = null;
        }
        try {
            return Buffer.buffer(json.writeValueAsBytes(new Problem(Problem.type(slug), title, status, detail, instance,
                    List.of(), Map.of())));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}

package kz.gov.rehab.commons.idempotency;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * The request's {@code Idempotency-Key} was answered before, with the same body: the stored answer
 * is replayed (its status, body, {@code Location} and {@code ETag}, with {@code Idempotent-Replayed:
 * true}) and nothing runs again. Thrown before the use case runs, or by {@link IdempotencyClaim#take()}
 * when a concurrent duplicate finds the first answer; its transaction rolls back having written nothing.
 */
public class AlreadyAnswered extends RuntimeException {

    private final int status;
    private final String body;
    private final String location;
    private final String etag;

    /** A completed answer: its status, body, {@code Location} and {@code ETag} (as the header wrote it). */
    AlreadyAnswered(int status, String body, String location, String etag) {
        super("answered before", null, false, false);
        this.status = status;
        this.body = body;
        this.location = location;
        this.etag = etag;
    }

    /** The stored answer, replayed. */
    public Response replay() {
        Response.ResponseBuilder answer = Response.status(status).header(IdempotentRequests.REPLAYED_HEADER, "true");
        if (body != null) {
            answer.entity(body).type(MediaType.APPLICATION_JSON_TYPE);
        }
        if (location != null) {
            answer.location(URI.create(location));
        }
        if (etag != null) {
            answer.header(HttpHeaders.ETAG, etag);
        }
        return answer.build();
    }

    /** Answers the replay at the REST edge. */
    public static class Replays {
        @ServerExceptionMapper
        public Response replay(AlreadyAnswered answered) {
            return answered.replay();
        }
    }
}

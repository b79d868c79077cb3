package kz.gov.rehab.commons.idempotency;

import jakarta.ws.rs.core.Response;
import java.util.function.Function;

/**
 * One request's hold on its {@code Idempotency-Key}, handed by the REST edge to the use case that
 * owns the transaction. The use case calls {@link #take()} as the first statement of its
 * transaction and {@link #answer} as the last, so the key, the effects and the stored answer are
 * committed together or not at all: a failure rolls the claim back with everything else, and a
 * retry runs again.
 *
 * <p>{@link #take()} inserts the key; when another request holds it, the insert waits until that
 * request's transaction ends and then finds its answer, which {@link AlreadyAnswered} carries to the
 * edge as a replay. A request without a key gets a claim that claims and stores nothing. The edge's
 * renderer turns the use case's result into the HTTP answer inside the transaction;
 * {@link #response()} hands it back to the edge.
 *
 * @param <R> what the use case answers (an entity, a view)
 */
public final class IdempotencyClaim<R> {

    private final IdempotentRequests requests;
    private final String scope;
    private final String key;
    private final String hash;
    private final Function<? super R, Response> renderer;
    private Response response;

    IdempotencyClaim(IdempotentRequests requests, String scope, String key, String hash, Function<? super R, Response> renderer) {
        this.requests = requests;
        this.scope = scope;
        this.key = key;
        this.hash = hash;
        this.renderer = renderer;
    }

    /** A claim for a use case run without a key (or outside HTTP): nothing is claimed or stored, nothing rendered. */
    public static <R> IdempotencyClaim<R> none() {
        return new IdempotencyClaim<>(null, null, null, null, result -> null);
    }

    /**
     * Claims the key within the caller's transaction (required). Throws {@link AlreadyAnswered} when
     * a request with the same key and body was answered, 422 {@code idempotency-key-reused} for
     * another body, 409 {@code idempotency-key-in-flight} when the key is held by a claim committed
     * before its answer (only a use case that asks another system between the two does that).
     */
    public void take() {
        if (key != null) {
            requests.take(scope, key, hash);
        }
    }

    /** Renders {@code result} and stores the answer in the caller's transaction (required); returns {@code result}. */
    public R answer(R result) {
        response = renderer.apply(result);
        if (key != null) {
            requests.store(scope, key, response);
        }
        return result;
    }

    /**
     * Gives the key back without an answer, in the caller's transaction: for a use case whose claim
     * was committed before it asked another system, when it ends without an answer to keep.
     */
    public void release() {
        if (key != null) {
            requests.release(scope, key);
        }
    }

    /** The answer rendered by {@link #answer}, for the edge to return. */
    public Response response() {
        if (response == null) {
            throw new IllegalStateException("the use case returned without answering its idempotency claim");
        }
        return response;
    }
}

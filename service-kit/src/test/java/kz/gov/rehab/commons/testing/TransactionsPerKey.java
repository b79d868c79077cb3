package kz.gov.rehab.commons.testing;

import io.quarkus.arc.Arc;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import kz.gov.rehab.commons.idempotency.IdempotentRequests;

/**
 * Counts the transactions begun while an HTTP request with an {@code Idempotency-Key} is handled,
 * by key: background jobs never count. A test application feeds it from an observer of the
 * transaction manager's begin events:
 * <pre>{@code void begun(@Observes @Initialized(TransactionScoped.class) Object transaction) { TransactionsPerKey.begun(); }}</pre>
 */
public final class TransactionsPerKey {

    private static final Map<String, AtomicInteger> BEGUN = new ConcurrentHashMap<>();

    private TransactionsPerKey() {
    }

    /** Called when a transaction begins: counts it for the key of the request being handled, if any. */
    public static void begun() {
        if (!Arc.container().requestContext().isActive()) {
            return;
        }
        var request = Arc.container().instance(CurrentVertxRequest.class).get().getCurrent();
        String key = request == null ? null : request.request().getHeader(IdempotentRequests.HEADER);
        if (key != null) {
            BEGUN.computeIfAbsent(key, k -> new AtomicInteger()).incrementAndGet();
        }
    }

    /** The transactions begun so far for requests with {@code key}. */
    public static int of(String key) {
        AtomicInteger count = BEGUN.get(key);
        return count == null ? 0 : count.get();
    }
}

package kz.gov.rehab.commons.probe;

import io.quarkus.arc.Arc;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.TransactionScoped;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import kz.gov.rehab.commons.idempotency.IdempotentRequests;

/**
 * Counts the transactions begun while an HTTP request with an {@code Idempotency-Key} is handled,
 * by key (the transaction manager announces each begin): background jobs never count.
 */
@ApplicationScoped
public class TransactionsPerKey {

    private final Map<String, AtomicInteger> begun = new ConcurrentHashMap<>();

    void begun(@Observes @Initialized(TransactionScoped.class) Object transaction) {
        if (!Arc.container().requestContext().isActive()) {
            return;
        }
        var request = Arc.container().instance(CurrentVertxRequest.class).get().getCurrent();
        String key = request == null ? null : request.request().getHeader(IdempotentRequests.HEADER);
        if (key != null) {
            begun.computeIfAbsent(key, k -> new AtomicInteger()).incrementAndGet();
        }
    }

    public int of(String key) {
        AtomicInteger count = begun.get(key);
        return count == null ? 0 : count.get();
    }
}

package kz.gov.rehab.commons.idempotency;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Pattern;
import kz.gov.rehab.commons.problem.Problem;
import kz.gov.rehab.commons.problem.ProblemException;

/**
 * {@code Idempotency-Key} for POSTs that create or pay (IETF httpapi draft): a retry with the same
 * key and the same body gets the stored answer again without running anything twice; the same key
 * with a different body is refused with 422.
 *
 * <p>The REST edge asks {@link #claim} before anything else: a stored answer is replayed at once
 * (a plain read, no transaction), another body is refused. Otherwise the edge asks the registries
 * and hands the {@link IdempotencyClaim} to the use case, whose own transaction takes the key first
 * and stores the answer last: one transaction per request, and an answer is stored exactly when the
 * effects are. A concurrent duplicate waits on the key's row and then replays the first answer
 * instead of running. A replay gives the stored status, body, {@code Location} and {@code ETag}, so
 * a client that retries learns the version it created.
 */
@ApplicationScoped
public class IdempotentRequests {

    public static final String HEADER = "Idempotency-Key";
    public static final String REPLAYED_HEADER = "Idempotent-Replayed";
    private static final Pattern KEY = Pattern.compile("[\\x21-\\x7E]{1,200}");

    private final EntityManager em;
    private final ObjectMapper json;
    private final IdempotencyConfig config;

    public IdempotentRequests(EntityManager em, ObjectMapper json, IdempotencyConfig config) {
        this.em = em;
        this.json = json.copy().configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true);
        this.config = config;
    }

    /**
     * The claim of one request on {@code key} within {@code scope} (the caller and the operation,
     * e.g. {@code "state-corporation-01 POST /api/v1/certificates/applications"}), for the use case
     * to take in its transaction; {@code renderer} turns the use case's result into the answer that
     * is stored. Without a key the claim claims nothing. Throws {@link AlreadyAnswered} when the key
     * was answered for this {@code request}, 422 {@code idempotency-key-reused} for another request,
     * 400 for a malformed key. Runs no transaction: the stored answer is looked up with a plain read.
     */
    public <R> IdempotencyClaim<R> claim(String key, String scope, Object request, Function<? super R, Response> renderer) {
        if (key == null) {
            return new IdempotencyClaim<>(this, scope, null, null, renderer);
        }
        if (!KEY.matcher(key).matches()) {
            throw ProblemException.badRequest("The Idempotency-Key header must be 1 to 200 visible ASCII characters",
                    List.of(new Problem.Violation(HEADER, "invalid key")));
        }
        String hash = hash(request);
        List<?> stored = em.createNativeQuery("""
                SELECT request_hash, status_code, response_body, location, etag
                FROM idempotency_record WHERE scope = :scope AND idempotency_key = :key""")
                .setParameter("scope", scope).setParameter("key", key).getResultList();
        if (!stored.isEmpty()) {
            refuseOrReplay((Object[]) stored.get(0), hash);
        }
        return new IdempotencyClaim<>(this, scope, key, hash, renderer);
    }

    /** Another request's body: 422; an answer: its replay. An unanswered claim is left to {@link #take}. */
    private static void refuseOrReplay(Object[] row, String hash) {
        if (!hash.equals(row[0])) {
            throw new ProblemException(422, "idempotency-key-reused", "Idempotency-Key already used",
                    "This Idempotency-Key was used with a different request body");
        }
        if (row[1] != null) {
            throw new AlreadyAnswered(((Number) row[1]).intValue(), (String) row[2], (String) row[3], (String) row[4]);
        }
    }

    /**
     * Inserts the key in the caller's transaction. A concurrent holder makes the insert wait for its
     * transaction: committed, its answer is found; rolled back, the key is ours.
     */
    void take(String scope, String key, String hash) {
        requireTransaction();
        int inserted = em.createNativeQuery("""
                INSERT INTO idempotency_record (scope, idempotency_key, request_hash)
                VALUES (:scope, :key, :hash) ON CONFLICT DO NOTHING""")
                .setParameter("scope", scope).setParameter("key", key).setParameter("hash", hash)
                .executeUpdate();
        if (inserted == 1) {
            return;
        }
        Object[] row = (Object[]) em.createNativeQuery("""
                SELECT request_hash, status_code, response_body, location, etag,
                       created_at < now() - make_interval(secs => :abandonedAfter) AS abandoned
                FROM idempotency_record WHERE scope = :scope AND idempotency_key = :key FOR UPDATE""")
                .setParameter("scope", scope).setParameter("key", key)
                .setParameter("abandonedAfter", (double) config.abandonedAfter().toMillis() / 1000)
                .getSingleResult();
        refuseOrReplay(row, hash);
        // A claim committed without its answer: the use case asks another system between the two.
        // Claims are stamped and aged by the database's time: a technical timeout, not a date of the law.
        if (!Boolean.TRUE.equals(row[5])) {
            throw new ProblemException(409, "idempotency-key-in-flight", "Request still in progress",
                    "A request with this Idempotency-Key is still being processed; retry later")
                    .withHeader("Retry-After", "1");
        }
        em.createNativeQuery("UPDATE idempotency_record SET created_at = now() WHERE scope = :scope AND idempotency_key = :key")
                .setParameter("scope", scope).setParameter("key", key).executeUpdate();
    }

    /** Stores the answer of a taken key in the caller's transaction. */
    void store(String scope, String key, Response answer) {
        requireTransaction();
        URI location = answer.getLocation();
        EntityTag etag = answer.getEntityTag();
        em.createNativeQuery("""
                UPDATE idempotency_record
                SET status_code = :status, response_body = :body, location = :location, etag = :etag, completed_at = now()
                WHERE scope = :scope AND idempotency_key = :key""")
                .setParameter("status", answer.getStatus())
                .setParameter("body", answer.hasEntity() ? write(answer.getEntity()) : null)
                .setParameter("location", location == null ? null : location.toString())
                .setParameter("etag", etag == null ? null : (etag.isWeak() ? "W/" : "") + "\"" + etag.getValue() + "\"")
                .setParameter("scope", scope).setParameter("key", key)
                .executeUpdate();
    }

    void release(String scope, String key) {
        requireTransaction();
        em.createNativeQuery("DELETE FROM idempotency_record WHERE scope = :scope AND idempotency_key = :key AND status_code IS NULL")
                .setParameter("scope", scope).setParameter("key", key).executeUpdate();
    }

    private static void requireTransaction() {
        if (!QuarkusTransaction.isActive()) {
            throw new IllegalStateException("an idempotency claim is taken and answered inside the use case's transaction");
        }
    }

    /** Forgets answers older than the retention. */
    @Scheduled(every = "1h", delayed = "1m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void purge() {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "DELETE FROM idempotency_record WHERE created_at < now() - make_interval(secs => :retention)")
                .setParameter("retention", (double) config.retention().toSeconds())
                .executeUpdate());
    }

    private String hash(Object request) {
        try {
            byte[] canonical = request == null ? new byte[0] : json.writeValueAsBytes(json.valueToTree(request));
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(canonical));
        } catch (NoSuchAlgorithmException | JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private String write(Object entity) {
        try {
            return entity instanceof String text ? text : json.writeValueAsString(entity);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}

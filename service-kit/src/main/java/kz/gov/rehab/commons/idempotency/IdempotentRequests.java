package kz.gov.rehab.commons.idempotency;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import kz.gov.rehab.commons.problem.Problem;
import kz.gov.rehab.commons.problem.ProblemException;

/**
 * {@code Idempotency-Key} for POSTs that create or pay (IETF httpapi draft): a retry with the same
 * key and the same body gets the stored answer again without running anything twice; the same key
 * with a different body is refused with 422; the same key while the first request is still running
 * gets 409.
 *
 * <p>The key is claimed in a short transaction of its own, so a concurrent retry sees it at once;
 * the action and the stored answer are then committed together, so an answer is stored exactly
 * when the action's effects are. A failing action releases the key. A replay gives the stored status,
 * body, {@code Location} and {@code ETag}, so a client that retries learns the version it created.
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
     * Runs {@code action} once per key within {@code scope} (the caller and the operation, e.g.
     * {@code "state-corporation-01 POST /api/v1/certificates/applications"}). Without a key the
     * action simply runs. The action runs in a new transaction; it must not start its own.
     */
    public Response execute(String key, String scope, Object request, Supplier<Response> action) {
        return execute(key, scope, request, () -> null, prepared -> action.get());
    }

    /**
     * As {@link #execute(String, String, Object, Supplier)}, with a {@code preparation} that runs
     * once the key is claimed and before the action's transaction: questions to other systems (the
     * registries), so that no database connection is held while they are answered. What it returns
     * is handed to the action; when it fails, the key is released and nothing is written.
     */
    public <P> Response execute(String key, String scope, Object request, Supplier<P> preparation,
            Function<P, Response> action) {
        if (key == null) {
            P prepared = preparation.get();
            return QuarkusTransaction.requiringNew().call(() -> action.apply(prepared));
        }
        if (!KEY.matcher(key).matches()) {
            throw ProblemException.badRequest("The Idempotency-Key header must be 1 to 200 visible ASCII characters",
                    List.of(new Problem.Violation(HEADER, "invalid key")));
        }
        String hash = hash(request);
        Claim claim = QuarkusTransaction.requiringNew().call(() -> claim(scope, key, hash));
        if (claim instanceof Claim.Answered answered) {
            return answered.replay();
        }
        if (claim instanceof Claim.OtherRequest) {
            throw new ProblemException(422, "idempotency-key-reused", "Idempotency-Key already used",
                    "This Idempotency-Key was used with a different request body");
        }
        if (claim instanceof Claim.InFlight) {
            throw new ProblemException(409, "idempotency-key-in-flight", "Request still in progress",
                    "A request with this Idempotency-Key is still being processed; retry later")
                    .withHeader("Retry-After", "1");
        }
        try {
            P prepared = preparation.get();
            return QuarkusTransaction.requiringNew().call(() -> {
                Response answer = action.apply(prepared);
                complete(scope, key, answer);
                return answer;
            });
        } catch (RuntimeException e) {
            QuarkusTransaction.requiringNew().run(() -> release(scope, key));
            throw e;
        }
    }

    private Claim claim(String scope, String key, String hash) {
        int inserted = em.createNativeQuery("""
                INSERT INTO idempotency_record (scope, idempotency_key, request_hash)
                VALUES (:scope, :key, :hash) ON CONFLICT DO NOTHING""")
                .setParameter("scope", scope).setParameter("key", key).setParameter("hash", hash)
                .executeUpdate();
        if (inserted == 1) {
            return new Claim.Claimed();
        }
        Object[] row = (Object[]) em.createNativeQuery("""
                SELECT request_hash, status_code, response_body, location, etag,
                       created_at < now() - make_interval(secs => :abandonedAfter) AS abandoned
                FROM idempotency_record WHERE scope = :scope AND idempotency_key = :key FOR UPDATE""")
                .setParameter("scope", scope).setParameter("key", key)
                .setParameter("abandonedAfter", (double) config.abandonedAfter().toMillis() / 1000)
                .getSingleResult();
        if (!hash.equals(row[0])) {
            return new Claim.OtherRequest();
        }
        if (row[1] != null) {
            return new Claim.Answered(((Number) row[1]).intValue(), (String) row[2], (String) row[3], (String) row[4]);
        }
        // Claims are stamped and aged by the database's time: a technical timeout, not a date of the law.
        if (Boolean.TRUE.equals(row[5])) {
            em.createNativeQuery("UPDATE idempotency_record SET created_at = now() WHERE scope = :scope AND idempotency_key = :key")
                    .setParameter("scope", scope).setParameter("key", key).executeUpdate();
            return new Claim.Claimed();
        }
        return new Claim.InFlight();
    }

    private void complete(String scope, String key, Response answer) {
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

    private void release(String scope, String key) {
        em.createNativeQuery("DELETE FROM idempotency_record WHERE scope = :scope AND idempotency_key = :key AND status_code IS NULL")
                .setParameter("scope", scope).setParameter("key", key).executeUpdate();
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

    private sealed interface Claim {
        record Claimed() implements Claim {
        }

        record InFlight() implements Claim {
        }

        record OtherRequest() implements Claim {
        }

        /** A completed answer: its status, body, {@code Location} and {@code ETag} (as the header wrote it). */
        record Answered(int status, String body, String location, String etag) implements Claim {
            Response replay() {
                Response.ResponseBuilder answer = Response.status(status).header(REPLAYED_HEADER, "true");
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
        }
    }
}

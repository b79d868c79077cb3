package kz.gov.rehab.commons.idempotency;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import kz.gov.rehab.commons.testing.TransactionsPerKey;
import kz.gov.rehab.commons.problem.Problem;
import org.junit.jupiter.api.Test;

/** CONVENTIONS "HTTP API": Idempotency-Key on every POST that creates or pays. */
@QuarkusTest
class IdempotencyKeyTest {

    @Inject
    EntityManager em;

    @Test
    void retryWithSameKeyAndBodyReturnsTheStoredAnswerAndCreatesNothingNew() {
        String key = UUID.randomUUID().toString();
        String name = "thing-" + key;
        Response first = post(key, name);
        first.then().statusCode(201);
        Response retry = post(key, name);
        retry.then().statusCode(201).header(IdempotentRequests.REPLAYED_HEADER, "true")
                .body("id", equalTo(first.path("id")))
                .header("Location", first.header("Location"))
                .header("ETag", first.header("ETag"));
        assertEquals("\"" + first.path("id") + "\"", first.header("ETag"), "the first answer's ETag");
        assertEquals(1, countThings(name));
    }

    @Test
    void sameKeyWithDifferentBodyIs422() {
        String key = UUID.randomUUID().toString();
        post(key, "a-" + key).then().statusCode(201);
        post(key, "b-" + key).then().statusCode(422).contentType(Problem.MEDIA_TYPE)
                .body("type", equalTo(Problem.TYPE_BASE + "idempotency-key-reused"));
        assertEquals(0, countThings("b-" + key));
    }

    @Test
    void withoutKeyEachPostCreates() {
        String name = "nokey-" + UUID.randomUUID();
        given().contentType(ContentType.JSON).body("{\"name\":\"" + name + "\"}").post("/probe/things").then().statusCode(201);
        given().contentType(ContentType.JSON).body("{\"name\":\"" + name + "\"}").post("/probe/things").then().statusCode(201);
        assertEquals(2, countThings(name));
    }

    @Test
    void failedActionLeavesNothingAndReleasesTheKey() {
        String key = UUID.randomUUID().toString();
        post(key, "fail-after-insert").then().statusCode(422).contentType(Problem.MEDIA_TYPE);
        post(key, "fail-after-insert").then().statusCode(422).body("type", equalTo(Problem.TYPE_BASE + "probe-refused"));
        assertEquals(0, countThings("fail-after-insert"));
    }

    @Test
    void invalidKeyIs400() {
        given().contentType(ContentType.JSON).header(IdempotentRequests.HEADER, "x".repeat(201))
                .body("{\"name\":\"n\"}").post("/probe/things")
                .then().statusCode(400).contentType(Problem.MEDIA_TYPE);
    }

    @Test
    void concurrentRetriesWithOneKeyCreateExactlyOnce() throws Exception {
        String key = UUID.randomUUID().toString();
        String name = "concurrent-" + key;
        for (Response answer : atOnce(20, () -> post(key, name))) {
            int status = answer.statusCode();
            assertTrue(status == 201 || status == 409, "201 (first or replay) or 409 (in flight), got " + status);
        }
        assertEquals(1, countThings(name));
    }

    /** One transaction holds the key, the effects and the answer (issue #18: one commit per submission). */
    @Test
    void oneIdempotentPostIsOneTransactionAndItsReplayNone() {
        String key = UUID.randomUUID().toString();
        post(key, "one-transaction-" + key).then().statusCode(201);
        assertEquals(1, TransactionsPerKey.of(key), "transactions begun for the first request");
        post(key, "one-transaction-" + key).then().statusCode(201).header(IdempotentRequests.REPLAYED_HEADER, "true");
        assertEquals(1, TransactionsPerKey.of(key), "the replay begins no transaction");
    }

    /** A duplicate that arrives while the first runs waits for it and gets its answer; the action runs once. */
    @Test
    void concurrentDuplicatesGetTheFirstAnswerReplayed() throws Exception {
        String key = UUID.randomUUID().toString();
        String name = "duplicate-" + key;
        int firsts = 0;
        Object id = null;
        for (Response answer : atOnce(8, () -> post(key, name))) {
            assertEquals(201, answer.statusCode(), answer.asString());
            id = id == null ? answer.path("id") : id;
            assertEquals(id, answer.path("id"), "every caller gets the first answer");
            assertEquals("\"" + id + "\"", answer.header("ETag"));
            if (answer.header(IdempotentRequests.REPLAYED_HEADER) == null) {
                firsts++;
            }
        }
        assertEquals(1, firsts, "one answer is the first, the others are its replays");
        assertEquals(1, countThings(name));
    }

    private static Response post(String key, String name) {
        return given().contentType(ContentType.JSON).header(IdempotentRequests.HEADER, key)
                .body("{\"name\":\"" + name + "\"}").post("/probe/things");
    }

    private long countThings(String name) {
        return ((Number) em.createNativeQuery("SELECT count(*) FROM probe_thing WHERE name = :name")
                .setParameter("name", name).getSingleResult()).longValue();
    }

    /** Sends {@code callers} requests released at the same instant; their answers, in order. */
    private static List<Response> atOnce(int callers, Supplier<Response> request) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(callers);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<CompletableFuture<Response>> answers = new ArrayList<>();
            for (int i = 0; i < callers; i++) {
                answers.add(CompletableFuture.supplyAsync(() -> {
                    try {
                        start.await();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    return request.get();
                }, pool));
            }
            start.countDown();
            List<Response> all = new ArrayList<>();
            for (CompletableFuture<Response> answer : answers) {
                all.add(answer.get());
            }
            return all;
        } finally {
            pool.shutdown();
        }
    }
}

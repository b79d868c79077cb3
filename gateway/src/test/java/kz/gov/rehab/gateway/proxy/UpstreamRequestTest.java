package kz.gov.rehab.gateway.proxy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpClosedException;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.PoolOptions;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A late reset of a finished request to a service must not close the pooled connection that the next
 * request already uses (eclipse-vertx/vert.x#6294): the hostile drill saw such requests fail with 502.
 * A service on 127.0.0.1 and a pool of one connection, so that the second request takes the first's.
 */
class UpstreamRequestTest {

    private Vertx vertx;
    private HttpServer service;
    private HttpClient client;
    private final Promise<Void> secondArrived = Promise.promise();
    private final Promise<Void> answerSecond = Promise.promise();

    @BeforeEach
    void start() throws Exception {
        vertx = Vertx.vertx();
        service = vertx.createHttpServer()
                .requestHandler(request -> {
                    if (request.path().equals("/second")) {
                        secondArrived.tryComplete();
                        answerSecond.future().onComplete(go -> request.response().end("second"));
                    } else {
                        request.response().end("first");
                    }
                })
                .listen(0, "127.0.0.1")
                .toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        client = vertx.createHttpClient(new HttpClientOptions().setKeepAlive(true), new PoolOptions().setHttp1MaxSize(1));
    }

    @AfterEach
    void stop() throws Exception {
        vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    }

    @Test
    void aResetAfterTheExchangeLeavesTheConnectionToTheNextRequest() throws Exception {
        Future<Buffer> second = secondWhileTheFirstIsResetLate(UpstreamRequest::of);
        answerSecond.complete();
        assertThat(await(second).toString()).isEqualTo("second");
    }

    @Test
    void aResetDuringTheExchangeStillEndsIt() throws Exception {
        HttpClientRequest waiting = await(client.request(HttpMethod.GET, service.actualPort(), "127.0.0.1", "/second")
                .map(UpstreamRequest::of));
        waiting.end();
        await(secondArrived.future());
        assertThat(waiting.reset()).isTrue();
        assertThat(waiting.response().toCompletionStage().toCompletableFuture())
                .failsWithin(10, TimeUnit.SECONDS);
    }

    /**
     * The fault the guard is for, in the Vert.x of this build: unguarded, the late reset closes the
     * second request's connection, which the service has not answered yet. When this fails, Vert.x
     * has mended it and the guard can go.
     */
    @Test
    void unguardedTheLateResetClosesTheNextRequestsConnection() throws Exception {
        Future<Buffer> second = secondWhileTheFirstIsResetLate(UnaryOperator.identity());
        assertThatThrownBy(() -> await(second)).hasRootCauseInstanceOf(HttpClosedException.class);
    }

    /** The second request, on the first's pooled connection, once the finished first has been reset. */
    private Future<Buffer> secondWhileTheFirstIsResetLate(UnaryOperator<HttpClientRequest> guard) throws Exception {
        int port = service.actualPort();
        HttpClientRequest first = await(client.request(HttpMethod.GET, port, "127.0.0.1", "/first").map(guard));
        Future<Buffer> firstBody = first.response().compose(HttpClientResponse::body);
        first.end();
        assertThat(await(firstBody).toString()).isEqualTo("first");

        HttpClientRequest second = await(client.request(HttpMethod.GET, port, "127.0.0.1", "/second"));
        Future<Buffer> secondBody = second.send().compose(HttpClientResponse::body);
        await(secondArrived.future());
        first.reset();
        return secondBody;
    }

    private static <T> T await(Future<T> future) throws Exception {
        return future.toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    }
}

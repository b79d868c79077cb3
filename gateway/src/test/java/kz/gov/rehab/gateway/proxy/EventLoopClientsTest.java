package kz.gov.rehab.gateway.proxy;

import static org.assertj.core.api.Assertions.assertThat;

import io.netty.util.concurrent.EventExecutor;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Each event loop forwards over its own pool, and always the same one. */
class EventLoopClientsTest {

    private final Vertx vertx = Vertx.vertx(new VertxOptions().setEventLoopPoolSize(3));

    @AfterEach
    void stop() throws Exception {
        vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    }

    @Test
    void everyEventLoopHasItsOwnClient() throws Exception {
        EventLoopClients clients = new EventLoopClients(vertx, new HttpClientOptions(), 50);
        Set<HttpClient> seen = new HashSet<>();
        Set<Thread> loops = new HashSet<>();
        for (EventExecutor loop : vertx.nettyEventLoopGroup()) {
            List<HttpClient> twice = loop.submit(() -> {
                loops.add(Thread.currentThread());
                return List.of(clients.current(), clients.current());
            }).get(10, TimeUnit.SECONDS);
            assertThat(twice.get(1)).isSameAs(twice.get(0));
            seen.add(twice.get(0));
        }
        assertThat(loops).hasSize(3);
        assertThat(seen).hasSize(3);
    }
}

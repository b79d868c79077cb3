package kz.gov.rehab.gateway.proxy;

import io.netty.util.concurrent.EventExecutor;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.PoolOptions;
import java.util.ArrayList;
import java.util.List;

/**
 * The gateway's pooled clients to the services, one for each event loop: a request is forwarded over
 * a connection of the event loop that received it (a pool's connections live on the event loop that
 * opened them, and each pool here is used by one event loop only).
 *
 * <p>With one pool for all, a connection opened by one event loop also served requests received by
 * another, and every piece of the service's answer crossed from one thread to the other. Besides the
 * cost of the hand-over, the caller could then read the answer in full and close its connection
 * before the gateway had seen the answer end; the proxy then reset a request whose connection was
 * already back in the pool, and Vert.x 4 closed that connection under the next request
 * (eclipse-vertx/vert.x#6294), which failed with 502 or 503. On one event loop an answer is ended
 * before anything else, a caller's close included, is handled.
 *
 * <p>The pool size given is the whole: each event loop has its share of it.
 */
final class EventLoopClients {

    private record Loop(EventExecutor executor, HttpClient client) {
    }

    private final List<Loop> loops = new ArrayList<>();

    EventLoopClients(Vertx vertx, HttpClientOptions options, int poolSize) {
        List<EventExecutor> executors = new ArrayList<>();
        vertx.nettyEventLoopGroup().forEach(executors::add);
        int share = Math.max(1, (poolSize + executors.size() - 1) / executors.size());
        for (EventExecutor executor : executors) {
            loops.add(new Loop(executor, vertx.createHttpClient(options, new PoolOptions().setHttp1MaxSize(share))));
        }
    }

    /** The client of the event loop running now (the first one off an event loop). */
    HttpClient current() {
        for (Loop loop : loops) {
            if (loop.executor().inEventLoop()) {
                return loop.client();
            }
        }
        return loops.get(0).client();
    }
}

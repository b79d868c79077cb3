package kz.gov.rehab.gateway.proxy;

import io.vertx.core.Handler;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.streams.ReadStream;

/**
 * The body of a proxied request sent without a {@code Content-Length} (chunked), counted while it
 * streams to the service. Past the route's limit it stops forwarding, fails the stream (the proxy
 * then resets the upstream request, before the service has seen more than the limit, so the
 * service never answers or resets on its own) and reads and drops what the caller still sends, so
 * that the caller reads the gateway's 413 instead of a reset connection.
 */
final class CountedBody implements ReadStream<Buffer> {

    /** The failure the stream ends with when the body passes the limit. */
    static final class TooLarge extends RuntimeException {
        TooLarge(long limit) {
            super("the request body is larger than " + limit + " bytes", null, false, false);
        }
    }

    private final ReadStream<Buffer> source;
    private final long limit;
    private long received;
    private boolean exceeded;
    private boolean ended;
    private Handler<Buffer> handler;
    private Handler<Throwable> exceptionHandler;
    private Handler<Void> endHandler;

    CountedBody(ReadStream<Buffer> source, long limit) {
        this.source = source;
        this.limit = limit;
        source.handler(this::received);
        source.endHandler(end -> {
            ended = true;
            if (!exceeded && endHandler != null) {
                endHandler.handle(end);
            }
        });
        source.exceptionHandler(failure -> {
            if (!exceeded && exceptionHandler != null) {
                exceptionHandler.handle(failure);
            }
        });
    }

    /** Whether the body passed the limit (and the request is answered 413). */
    boolean exceeded() {
        return exceeded;
    }

    /** Whether the caller has sent the whole body (also after the limit, when it was dropped). */
    boolean ended() {
        return ended;
    }

    private void received(Buffer chunk) {
        if (exceeded) {
            return;
        }
        received += chunk.length();
        if (received > limit) {
            exceeded = true;
            source.resume();
            if (exceptionHandler != null) {
                exceptionHandler.handle(new TooLarge(limit));
            }
            return;
        }
        if (handler != null) {
            handler.handle(chunk);
        }
    }

    @Override
    public ReadStream<Buffer> handler(Handler<Buffer> handler) {
        this.handler = handler;
        return this;
    }

    @Override
    public ReadStream<Buffer> exceptionHandler(Handler<Throwable> handler) {
        this.exceptionHandler = handler;
        return this;
    }

    @Override
    public ReadStream<Buffer> endHandler(Handler<Void> handler) {
        this.endHandler = handler;
        return this;
    }

    @Override
    public ReadStream<Buffer> pause() {
        if (!exceeded) {
            source.pause();
        }
        return this;
    }

    @Override
    public ReadStream<Buffer> resume() {
        source.resume();
        return this;
    }

    @Override
    public ReadStream<Buffer> fetch(long amount) {
        if (!exceeded) {
            source.fetch(amount);
        }
        return this;
    }
}

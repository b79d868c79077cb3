package kz.gov.rehab.gateway.proxy;

import io.vertx.core.AsyncResult;
import io.vertx.core.Future;
import io.vertx.core.Handler;
import io.vertx.core.http.HttpClientRequest;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;

/**
 * The request to a service as the proxy sees it, with one change: once the exchange is over (the
 * request sent in full and the service's answer received in full), a reset does nothing.
 *
 * <p>Vert.x 4 closes the connection of a reset HTTP/1.1 request even after the exchange is over, when
 * the connection is back in the pool and may already carry another request, which then fails with
 * "Connection was closed" (eclipse-vertx/vert.x#6294). The proxy resets the request whenever writing
 * the answer to the caller fails, and that can happen after the service's answer has ended: a caller
 * who gives up while the last of its answer is still being written.
 *
 * <p>Everything else goes to the request itself.
 */
final class UpstreamRequest implements InvocationHandler {

    private final HttpClientRequest request;
    private volatile boolean sent;
    private volatile boolean answered;

    private UpstreamRequest(HttpClientRequest request) {
        this.request = request;
    }

    /** {@code request}, whose resets are ignored once its exchange is over. */
    static HttpClientRequest of(HttpClientRequest request) {
        UpstreamRequest guard = new UpstreamRequest(request);
        request.response().onSuccess(response -> response.end().onSuccess(ended -> guard.answered = true));
        return (HttpClientRequest) Proxy.newProxyInstance(HttpClientRequest.class.getClassLoader(),
                new Class<?>[] {HttpClientRequest.class}, guard);
    }

    /** Whether the request was sent in full and its answer received in full. */
    boolean over() {
        return sent && answered;
    }

    @Override
    @SuppressWarnings("unchecked")
    public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
        String name = method.getName();
        if (name.equals("reset") && over()) {
            return Boolean.FALSE;
        }
        if (name.equals("end") && args != null && args[args.length - 1] instanceof Handler<?> handler) {
            args[args.length - 1] = (Handler<AsyncResult<Void>>) ended -> {
                sent |= ended.succeeded();
                ((Handler<AsyncResult<Void>>) handler).handle(ended);
            };
        }
        Object result;
        try {
            result = method.invoke(request, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
        if (name.equals("end") && result instanceof Future<?> ended) {
            ended.onSuccess(done -> sent = true);
        }
        return result == request ? proxy : result;
    }
}

package kz.gov.rehab.gateway.proxy;

import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.net.SocketAddress;
import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.jboss.logging.Logger;

/**
 * The instances of one route's service (one or more base URLs; a Kubernetes Service name is one URL
 * that balances by itself). Requests go to the ready instances in turn (round robin). An instance is
 * taken out of turn when a connection to it fails (passive) or when its readiness endpoint does not
 * answer 200 (active check, every {@code gateway.proxy.health-check.interval}); it is taken back when
 * its readiness answers 200 again. When no instance is ready, all are still tried: a service that
 * answers 503 itself says more than the gateway could.
 */
final class BackendPool {

    private static final Logger LOG = Logger.getLogger(BackendPool.class);

    /** One instance of a service: its base URL and whether requests are sent to it. */
    static final class Instance {

        private final URI uri;
        private final SocketAddress address;
        private final String origin;
        private volatile boolean ready = true;

        Instance(URI uri) {
            this.uri = uri;
            int port = uri.getPort() > 0 ? uri.getPort() : 80;
            this.address = SocketAddress.inetSocketAddress(port, uri.getHost());
            this.origin = uri.getScheme() + "://" + uri.getHost() + (uri.getPort() > 0 ? ":" + uri.getPort() : "");
        }

        URI uri() {
            return uri;
        }

        SocketAddress address() {
            return address;
        }

        /** {@code scheme://host[:port]}, as the instance writes its own absolute URLs. */
        String origin() {
            return origin;
        }

        boolean ready() {
            return ready;
        }

        @Override
        public String toString() {
            return origin;
        }
    }

    private final String routeName;
    private final List<Instance> instances;
    private final AtomicInteger turn = new AtomicInteger();

    BackendPool(String routeName, List<URI> backends) {
        if (backends.isEmpty()) {
            throw new IllegalArgumentException("route " + routeName + " has no backend address");
        }
        this.routeName = routeName;
        this.instances = backends.stream().map(Instance::new).toList();
    }

    List<Instance> instances() {
        return instances;
    }

    /** The instances in the order one request tries them: the ready ones from the next in turn, then the others. */
    List<Instance> order() {
        List<Instance> ready = new ArrayList<>(instances.size());
        List<Instance> out = new ArrayList<>();
        for (Instance instance : instances) {
            (instance.ready ? ready : out).add(instance);
        }
        List<Instance> order = new ArrayList<>(instances.size());
        if (!ready.isEmpty()) {
            int start = Math.floorMod(turn.getAndIncrement(), ready.size());
            for (int i = 0; i < ready.size(); i++) {
                order.add(ready.get((start + i) % ready.size()));
            }
        }
        order.addAll(out);
        return order;
    }

    /** A connection to the instance failed: no request goes to it until its readiness answers 200 again. */
    void connectionFailed(Instance instance, Throwable failure) {
        if (failure instanceof ConnectException || failure instanceof UnknownHostException) {
            takeOut(instance, "connection failed: " + failure.getMessage());
        }
    }

    /** Asks every instance's readiness endpoint once and takes it out of or back into turn. */
    void checkReadiness(HttpClient client, String path, Duration timeout) {
        for (Instance instance : instances) {
            RequestOptions options = new RequestOptions()
                    .setMethod(HttpMethod.GET)
                    .setServer(instance.address)
                    .setHost(instance.uri.getHost())
                    .setPort(instance.address.port())
                    .setURI(path)
                    .setConnectTimeout(timeout.toMillis())
                    .setIdleTimeout(timeout.toMillis());
            client.request(options)
                    .compose(request -> request.send())
                    .compose(response -> response.body().map(ignored -> response.statusCode()))
                    .onSuccess(status -> {
                        if (status == 200) {
                            takeBack(instance);
                        } else {
                            takeOut(instance, "readiness answered " + status);
                        }
                    })
                    .onFailure(failure -> takeOut(instance, "readiness failed: " + failure.getMessage()));
        }
    }

    private void takeOut(Instance instance, String why) {
        if (instance.ready) {
            instance.ready = false;
            LOG.warnf("route %s: instance %s taken out of turn (%s)", routeName, instance, why);
        }
    }

    private void takeBack(Instance instance) {
        if (!instance.ready) {
            instance.ready = true;
            LOG.infof("route %s: instance %s ready again", routeName, instance);
        }
    }
}

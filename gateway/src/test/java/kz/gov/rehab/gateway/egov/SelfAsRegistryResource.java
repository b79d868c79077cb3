package kz.gov.rehab.gateway.egov;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.Map;

/**
 * Runs the gateway's tests on a free port chosen before start-up and points the commons registry
 * client at that port, so that the tests can use {@code EgovRegistries} against the gateway's own
 * registries, as a service does.
 */
public class SelfAsRegistryResource implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.of(
                "quarkus.http.test-port", Integer.toString(port),
                "quarkus.rest-client.egov.url", "http://127.0.0.1:" + port,
                "egov.api-key", "dev-key-certificate-service");
    }

    @Override
    public void stop() {
    }

    /** Applies the resource to every test of the module (one application start for all). */
    @QuarkusTestResource(SelfAsRegistryResource.class)
    public static class Applied {
    }
}

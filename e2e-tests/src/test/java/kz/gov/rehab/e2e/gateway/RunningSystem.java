package kz.gov.rehab.e2e.gateway;

import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;
import java.nio.file.Path;

/** Addresses of the running applications (scripts/test.sh starts them and passes GATEWAY_URL). */
final class RunningSystem {

    static final String GATEWAY = gatewayUrl();

    private RunningSystem() {
    }

    /** A request to the gateway. */
    static RequestSpecification gateway() {
        return RestAssured.given().baseUri(GATEWAY);
    }

    /** A request to a service directly, bypassing the gateway. */
    static RequestSpecification directly(String portVariable, int defaultPort) {
        String port = System.getenv().getOrDefault(portVariable, Integer.toString(defaultPort));
        return RestAssured.given().baseUri("http://127.0.0.1:" + port);
    }

    /**
     * Where scripts/apps.sh ({@code apps_keys}) put the keys the applications were started with:
     * {@code $REHAB_STATE_DIR/keys}, by default {@code .local/keys} of the repository.
     */
    static Path keys() {
        String state = System.getenv("REHAB_STATE_DIR");
        return (state == null || state.isBlank() ? Path.of("..", ".local") : Path.of(state)).resolve("keys").toAbsolutePath();
    }

    private static String gatewayUrl() {
        String url = System.getProperty("gateway.url");
        if (url == null || url.isBlank() || url.startsWith("${")) {
            url = System.getenv().getOrDefault("GATEWAY_URL", "http://127.0.0.1:8080");
        }
        return url;
    }
}

package kz.gov.rehab.gateway.proxy;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.awaitility.Awaitility;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/**
 * Two or more instances of a service behind one route (issue #17, item 6): the gateway shares the
 * requests between the ready instances and sends none to an instance that fails readiness or refuses
 * connections. The echo backends of {@code GatewayTestResource} answer with their name.
 */
@QuarkusTest
class BackendBalancingTest {

    private static final String MONITORING = "dev-key-monitoring";

    @Test
    void requestsAreSharedInTurnBetweenTheInstances() {
        Map<String, Long> served = backendsServing("/api/v1/balanced-test/things", 10);
        assertThat(served).containsOnlyKeys("first", "second");
        assertThat(served.get("first")).isEqualTo(5L);
        assertThat(served.get("second")).isEqualTo(5L);
    }

    @Test
    void anInstanceFailingReadinessGetsNoRequestsUntilItIsReadyAgain() throws Exception {
        URI wavering = instance("readiness-test", 1);
        try {
            control(wavering, "/_readiness/down");
            Awaitility.await().atMost(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(300))
                    .until(() -> backendsServing("/api/v1/readiness-test/things", 1).containsKey("steady"));
            // taken out of turn within one check interval (200 ms); from then on every request goes to the ready one
            Awaitility.await().atMost(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(300))
                    .until(() -> backendsServing("/api/v1/readiness-test/things", 4).keySet().equals(Set.of("steady")));
            assertThat(backendsServing("/api/v1/readiness-test/things", 6)).containsOnlyKeys("steady");
        } finally {
            control(wavering, "/_readiness/up");
        }
        Awaitility.await().atMost(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(300))
                .until(() -> backendsServing("/api/v1/readiness-test/things", 2).keySet()
                        .equals(Set.of("steady", "wavering")));
    }

    @Test
    void aRequestWhoseInstanceRefusesTheConnectionGoesToAnotherOne_evenAPostWithoutIdempotencyKey() {
        // one instance of the route is not running: every request, from the first, is answered by the other
        List<String> served = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            served.add(given().header("X-Api-Key", MONITORING).body("{}").contentType("application/json")
                    .post("/api/v1/failover-test/applications")
                    .then().statusCode(200).extract().path("backend"));
        }
        assertThat(served).containsOnly("survivor");
    }

    /** Which backend answered how many of {@code count} GETs of the path. */
    private static Map<String, Long> backendsServing(String path, int count) {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            names.add(given().header("X-Api-Key", MONITORING).get(path)
                    .then().statusCode(200).extract().path("backend"));
        }
        return names.stream().collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
    }

    private static URI instance(String route, int index) {
        String backends = ConfigProvider.getConfig().getValue("gateway.proxy.routes." + route + ".backend", String.class);
        return URI.create(backends.split(",")[index]);
    }

    private static void control(URI instance, String path) throws Exception {
        HttpResponse<Void> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(instance.resolve(path)).GET().build(), HttpResponse.BodyHandlers.discarding());
        assertThat(response.statusCode()).isEqualTo(204);
    }
}

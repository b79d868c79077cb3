package kz.gov.rehab.commons.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import org.awaitility.Awaitility;

/**
 * Runs a service's {@code @QuarkusTest} against the <em>real</em> gateway: starts
 * {@code ../gateway/target/quarkus-app/quarkus-run.jar} as a process on a free port, on the database
 * {@code gateway${TEST_DB_SUFFIX:-_test}}, with an API key (role {@code egov-client}) for the service
 * and one for a registry admin, and points the service's {@code quarkus.rest-client.egov.url} and
 * {@code egov.api-key} at it. It also sets up token verification like {@link GatewayJwtResource}.
 *
 * <p>The gateway's simulated Ministry trusts the authority of {@link TestPki#shared()}, and the
 * service under test gets {@code quarkus.rest-client.ministry.url}, {@code ministry.api-key} (the
 * Labour Resources Development Centre's development key) and {@code report-signing.key-file} /
 * {@code report-signing.certificate-chain-file} (the shared test PKI's valid Centre key), so that a
 * report it signs and submits is accepted.
 *
 * <p>The gateway is started once per test JVM and stopped when the JVM exits, so faults injected by a
 * test stay until it calls {@link #clearFaults()}. Build the gateway first: the full reactor build
 * does; alone, {@code ./mvnw -B -q package -DskipTests -pl gateway -am}.
 *
 * <pre>
 * &#64;QuarkusTest
 * &#64;QuarkusTestResource(value = EgovGatewayResource.class, restrictToAnnotatedClass = false)
 * class RegistryOutageTest {
 *     &#64;AfterEach void normal() { EgovGatewayResource.clearFaults(); }
 *     ...  EgovGatewayResource.injectOutage("persons"); ... expect 503 + Retry-After
 * }
 * </pre>
 */
public class EgovGatewayResource implements QuarkusTestResourceLifecycleManager {

    /** API key of the service under test at the gateway (system id {@value #SERVICE_SYSTEM_ID}). */
    public static final String SERVICE_API_KEY = "test-key-egov-client";
    public static final String SERVICE_SYSTEM_ID = "service-under-test";
    /** API key with role {@code registry-admin} (fault injection, one-time codes). */
    public static final String ADMIN_API_KEY = "test-key-registry-admin";

    /** The development key of the Labour Resources Development Centre (role ministry-report-submitter). */
    public static final String REPORT_SUBMITTER_API_KEY = "dev-key-labour-resources-centre";

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private static Process gateway;
    private static String url;

    @Override
    public Map<String, String> start() {
        Map<String, String> config = new HashMap<>(GatewayJwtResource.jwtVerification());
        config.put("quarkus.rest-client.egov.url", startGateway());
        config.put("egov.api-key", SERVICE_API_KEY);
        // the simulated Ministry of the same gateway, and the Centre's signing key of the test PKI it trusts
        config.put("quarkus.rest-client.ministry.url", url());
        config.put("ministry.api-key", REPORT_SUBMITTER_API_KEY);
        config.put("report-signing.key-file", TestPki.shared().files().centreKey().toString());
        config.put("report-signing.certificate-chain-file", TestPki.shared().files().centreChain().toString());
        return config;
    }

    @Override
    public void stop() {
        // the gateway stays up for the next test class of this JVM; a shutdown hook stops it
    }

    /** Base URL of the running gateway, e.g. {@code http://127.0.0.1:40123}. */
    public static synchronized String url() {
        if (url == null) {
            throw new IllegalStateException("The gateway is not started: annotate the test with "
                    + "@QuarkusTestResource(EgovGatewayResource.class)");
        }
        return url;
    }

    /** Makes every request to {@code registry} answer 503 (persons, addresses, digital-documents, rehabilitation-records). */
    public static void injectOutage(String registry) {
        injectFault(registry, 0, 0.0, true);
    }

    /** Adds {@code latencyMillis} to every request to {@code registry}. */
    public static void injectLatency(String registry, int latencyMillis) {
        injectFault(registry, latencyMillis, 0.0, false);
    }

    public static void injectFault(String registry, int latencyMillis, double errorRate, boolean outage) {
        send("PUT", "/egov/v1/admin/faults/" + registry,
                "{\"latencyMillis\":" + latencyMillis + ",\"errorRate\":" + errorRate + ",\"outage\":" + outage + "}", 200);
    }

    /** Switches every registry back to normal. */
    public static void clearFaults() {
        send("DELETE", "/egov/v1/admin/faults", null, 204);
    }

    /** A fresh one-time code of the digital documents service for {@code iin}, as the eGov app shows it. */
    public static String issueOneTimeCode(String iin) {
        String body = send("POST", "/egov/v1/digital-documents/one-time-codes", "{\"iin\":\"" + iin + "\"}", 201);
        Matcher code = Pattern.compile("\"code\"\\s*:\\s*\"(\\d+)\"").matcher(body);
        if (!code.find()) {
            throw new IllegalStateException("no code in " + body);
        }
        return code.group(1);
    }

    private static String send(String method, String path, String json, int expectedStatus) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url() + path))
                .timeout(Duration.ofSeconds(10))
                .header("X-Api-Key", ADMIN_API_KEY)
                .header("Content-Type", "application/json")
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        try {
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != expectedStatus) {
                throw new IllegalStateException(method + " " + path + " answered " + response.statusCode() + ": " + response.body());
            }
            return response.body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static synchronized String startGateway() {
        if (gateway != null && gateway.isAlive()) {
            return url;
        }
        Path jar = gatewayJar();
        int port = freePort();
        String database = "gateway" + System.getenv().getOrDefault("TEST_DB_SUFFIX", "_test");
        Path log = Path.of("target", "egov-gateway-" + port + ".log").toAbsolutePath();
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m",
                "-Dquarkus.http.host=127.0.0.1",
                "-Dquarkus.http.port=" + port,
                "-Dquarkus.datasource.jdbc.url=jdbc:postgresql://127.0.0.1:5432/" + database,
                "-Dsmallrye.jwt.sign.key.location=" + GatewayTokens.privateKeyPem(),
                "-Dministry.trust-anchors=" + TestPki.shared().files().trustAnchors(),
                "-Dgateway.access.systems." + SERVICE_SYSTEM_ID + ".key-sha256=" + sha256(SERVICE_API_KEY),
                "-Dgateway.access.systems." + SERVICE_SYSTEM_ID + ".roles=egov-client",
                "-Dgateway.access.systems.test-registry-admin.key-sha256=" + sha256(ADMIN_API_KEY),
                "-Dgateway.access.systems.test-registry-admin.roles=registry-admin",
                "-jar", jar.toString()));
        try {
            Files.createDirectories(log.getParent());
            gateway = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        } catch (IOException e) {
            throw new UncheckedIOException("could not start the gateway " + jar, e);
        }
        Process started = gateway;
        Runtime.getRuntime().addShutdownHook(new Thread(started::destroy));
        url = "http://127.0.0.1:" + port;
        try {
            Awaitility.await("the gateway at " + url + " to be ready (log: " + log + ")")
                    .atMost(Duration.ofSeconds(180))
                    .pollInterval(Duration.ofMillis(500))
                    .until(() -> {
                        if (!started.isAlive()) {
                            throw new IllegalStateException("the gateway exited with " + started.exitValue()
                                    + "; see " + log + ":\n" + tail(log));
                        }
                        return ready();
                    });
        } catch (RuntimeException e) {
            started.destroy();
            throw e;
        }
        return url;
    }

    private static boolean ready() {
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(url + "/q/health/ready")).timeout(Duration.ofSeconds(2)).build();
            return HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static Path gatewayJar() {
        String configured = System.getProperty("egov.gateway.jar", System.getenv("EGOV_GATEWAY_JAR"));
        Path jar = configured != null ? Path.of(configured)
                : Path.of("..", "gateway", "target", "quarkus-app", "quarkus-run.jar").toAbsolutePath().normalize();
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("The real gateway is needed for this test but " + jar + " is not built. "
                    + "Build it first: ./mvnw -B -q package -DskipTests -pl gateway -am "
                    + "(the full reactor build builds the gateway before the services).");
        }
        return jar;
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String sha256(String key) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String tail(Path log) {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
        } catch (IOException e) {
            return "(no log)";
        }
    }
}

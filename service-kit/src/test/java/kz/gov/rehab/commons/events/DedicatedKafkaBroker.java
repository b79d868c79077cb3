package kz.gov.rehab.commons.events;

import static org.awaitility.Awaitility.await;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.common.Uuid;
import org.jboss.logging.Logger;

/**
 * A single-node KRaft broker of its own, for tests that stop Kafka: the shared broker on 9092 is
 * never touched. Built from the same jars and server.properties as scripts/infra.sh, on free
 * ports and a temporary log directory; {@link #stop()} and {@link #start()} it from the test.
 */
public class DedicatedKafkaBroker implements QuarkusTestResourceLifecycleManager {

    private static final Logger LOG = Logger.getLogger(DedicatedKafkaBroker.class);

    static volatile DedicatedKafkaBroker current;

    private final Path root = projectRoot();
    private Path dir;
    private int port;
    private volatile Process process;
    private CompletableFuture<Void> firstStart = CompletableFuture.completedFuture(null);

    @Override
    public Map<String, String> start() {
        try {
            dir = Files.createTempDirectory("rehab-kafka-test-");
            port = freePort();
            int controllerPort = freePort();
            String properties = Files.readString(root.resolve("scripts/kafka/server.properties"))
                    .replace("@LOG_DIRS@", dir.resolve("data").toString())
                    .replace("@CONTROLLER_PORT@", Integer.toString(controllerPort))
                    .replace("@PORT@", Integer.toString(port));
            Files.writeString(dir.resolve("server.properties"), properties);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // Format and start in the background while the application boots; the test waits for it.
        String classpath = KafkaBrokerClasspath.resolve(root);
        firstStart = CompletableFuture.runAsync(() -> {
            try {
                run(classpath, List.of("kafka.tools.StorageTool", "format", "-t", Uuid.randomUuid().toString(), "-c",
                        dir.resolve("server.properties").toString())).waitFor(60, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            process = run(classpath, brokerArgs());
        });
        current = this;
        return Map.of("kafka.bootstrap.servers", bootstrapServers(),
                // give up on a send quickly and retry soon, so the outage test stays short
                "rehab.events.relay.backoff-initial", "200ms",
                "rehab.events.relay.backoff-max", "1s",
                "rehab.events.relay.poll-interval", "200ms",
                "rehab.events.relay.producer.\"request.timeout.ms\"", "1500",
                "rehab.events.relay.producer.\"delivery.timeout.ms\"", "2000",
                "rehab.events.relay.producer.\"max.block.ms\"", "1500");
    }

    String bootstrapServers() {
        return "127.0.0.1:" + port;
    }

    private List<String> brokerArgs() {
        return List.of("-Xms128m", "-Xmx384m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "kafka.Kafka",
                dir.resolve("server.properties").toString());
    }

    /** Starts the broker again, on the same ports and data, and waits until it listens. */
    void startBroker() {
        LOG.infof("starting the test's own Kafka broker on %s", bootstrapServers());
        process = run(KafkaBrokerClasspath.resolve(root), brokerArgs());
        awaitListening();
    }

    /** Waits until the broker listens (after its first start in the background, or a restart). */
    void awaitListening() {
        firstStart.join();
        await("dedicated Kafka broker listening on " + port).atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200))
                .until(() -> {
                    if (!process.isAlive()) {
                        throw new IllegalStateException("the test broker exited; see " + dir.resolve("broker.log"));
                    }
                    return listening(port);
                });
        LOG.infof("the test's own Kafka broker listens on %s", bootstrapServers());
    }

    /** Stops the broker like an operator would (SIGTERM) and waits until it is gone. */
    void stopBroker() {
        LOG.infof("stopping the test's own Kafka broker on %s", bootstrapServers());
        process.destroy();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        LOG.infof("the test's own Kafka broker on %s has stopped", bootstrapServers());
    }

    @Override
    public void stop() {
        firstStart.join();
        if (process != null && process.isAlive()) {
            process.destroyForcibly();
        }
        current = null;
        if (dir != null) {
            try (var files = Files.walk(dir)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException ignored) {
                // a temporary directory
            }
        }
    }

    private Process run(String classpath, List<String> args) {
        List<String> command = new java.util.ArrayList<>(List.of(
                ProcessHandle.current().info().command().orElse("java"),
                "-cp", classpath,
                "-Dlog4j2.configurationFile=" + root.resolve("scripts/kafka/log4j2.properties"),
                "-Dkafka.logs.dir=" + dir));
        command.addAll(args);
        try {
            return new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(dir.resolve("broker.out").toFile()).start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean listening(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 200);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    static Path projectRoot() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.exists(dir.resolve("scripts/kafka/pom.xml"))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new IllegalStateException("scripts/kafka/pom.xml not found above " + Path.of("").toAbsolutePath());
        }
        return dir;
    }
}

package kz.gov.rehab.commons.events;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The classpath of the local Kafka broker (scripts/kafka/pom.xml): the one scripts/infra.sh
 * cached in .local/kafka/classpath.txt when present and complete, otherwise resolved with the
 * Maven wrapper into target/.
 */
final class KafkaBrokerClasspath {

    private KafkaBrokerClasspath() {
    }

    static synchronized String resolve(Path root) {
        List<Path> candidates = new ArrayList<>();
        String stateDir = System.getenv("REHAB_STATE_DIR");
        if (stateDir != null) {
            candidates.add(Path.of(stateDir, "kafka", "classpath.txt"));
        }
        candidates.add(root.resolve(".local/kafka/classpath.txt"));
        Path own = root.resolve("service-kit/target/kafka-broker-classpath.txt");
        candidates.add(own);
        for (Path candidate : candidates) {
            String classpath = usable(candidate, root);
            if (classpath != null) {
                return classpath;
            }
        }
        try {
            Process mvn = new ProcessBuilder(root.resolve("mvnw").toString(), "-B", "-q", "-f",
                    root.resolve("scripts/kafka/pom.xml").toString(), "dependency:build-classpath",
                    "-Dmdep.outputFile=" + own).inheritIO().start();
            if (!mvn.waitFor(5, TimeUnit.MINUTES) || mvn.exitValue() != 0) {
                throw new IllegalStateException("could not resolve the Kafka broker's classpath with " + root.resolve("mvnw"));
            }
            return Files.readString(own).trim();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String usable(Path file, Path root) {
        try {
            if (!Files.isRegularFile(file)
                    || Files.getLastModifiedTime(file).compareTo(Files.getLastModifiedTime(root.resolve("scripts/kafka/pom.xml"))) < 0) {
                return null;
            }
            String classpath = Files.readString(file).trim();
            boolean complete = !classpath.isEmpty()
                    && Arrays.stream(classpath.split(java.io.File.pathSeparator)).allMatch(jar -> Files.exists(Path.of(jar)));
            return complete ? classpath : null;
        } catch (IOException e) {
            return null;
        }
    }
}

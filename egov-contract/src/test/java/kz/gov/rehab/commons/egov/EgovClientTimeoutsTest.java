package kz.gov.rehab.commons.egov;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.junit.jupiter.api.Test;

/**
 * The registry client's own timeouts, as the contract ships them, leave the decision to each
 * attempt's {@link Timeout}: a registry that answers within the attempt's time is waited for, and one
 * that does not is given up once, not retried (docs/gateway.md). A read timeout shorter than the
 * attempt's would fail a slow answer early, as a retried error, and count it twice against the
 * circuit breaker: at a cold start under load that opened the breakers and refused every submission
 * for 5 s.
 */
class EgovClientTimeoutsTest {

    @Test
    void anAttemptIsGivenUpByItsOwnTimeoutNotByTheClientsReadTimeout() throws Exception {
        Properties shipped = shippedDefaults();
        long readTimeout = Long.parseLong(shipped.getProperty("quarkus.rest-client.egov.read-timeout"));
        long connectTimeout = Long.parseLong(shipped.getProperty("quarkus.rest-client.egov.connect-timeout"));

        List<Method> calls = Arrays.stream(GuardedEgovCalls.class.getDeclaredMethods())
                .filter(m -> m.isAnnotationPresent(Timeout.class)).toList();
        assertFalse(calls.isEmpty(), "the registry calls declare their timeouts");
        for (Method call : calls) {
            Timeout timeout = call.getAnnotation(Timeout.class);
            long attempt = timeout.unit().getDuration().multipliedBy(timeout.value()).toMillis();
            assertTrue(readTimeout > attempt, call.getName() + ": read timeout " + readTimeout
                    + " ms must outlast the attempt's " + attempt + " ms");
            assertTrue(connectTimeout < attempt, call.getName() + ": connecting (" + connectTimeout
                    + " ms) must fit in the attempt's " + attempt + " ms");
        }
    }

    /** The contract's own META-INF/microprofile-config.properties, not another module's on the class path. */
    private static Properties shippedDefaults() throws IOException, URISyntaxException {
        Path classes = Path.of(GuardedEgovCalls.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(classes.resolve("META-INF/microprofile-config.properties"))) {
            properties.load(in);
        }
        return properties;
    }
}

package kz.gov.rehab.certificate.presystem;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import kz.gov.rehab.commons.caller.Caller;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * The certificates that the registry fixtures of the simulated registries promise
 * (docs/registry-fixtures.md: {@code 361130499059} holds a certificate issued before the system),
 * imported at start through the same {@link PreSystemRegister} an operator uses, from the resource
 * {@value #RESOURCE}, when {@code pre-system-register.seed-fixtures} is true (development, tests,
 * the local and end-to-end runs; never in a deployment against the real registries). A file already
 * imported (same SHA-256) is not imported again.
 */
@ApplicationScoped
public class PreSystemFixtures {

    static final String RESOURCE = "pre-system-certificates/fixtures.csv";
    private static final Logger LOG = Logger.getLogger(PreSystemFixtures.class);

    private final PreSystemRegister register;
    private final boolean enabled;

    public PreSystemFixtures(PreSystemRegister register,
            @ConfigProperty(name = "pre-system-register.seed-fixtures", defaultValue = "false") boolean enabled) {
        this.register = register;
        this.enabled = enabled;
    }

    void onStart(@Observes StartupEvent start) {
        if (enabled) {
            seed();
        }
    }

    /** Imports the fixture file unless it was imported already. */
    public void seed() {
        byte[] content = content();
        if (register.imported(content)) {
            return;
        }
        var imported = register.importFile(ImportFormat.CSV, content, "Registry fixtures (docs/registry-fixtures.md)",
                "fixtures at start", new Caller("certificate-service", "fixtures", null));
        LOG.infof("Registry fixtures: %d pre-system certificates imported (import %d)", imported.rowsImported(), imported.importId());
    }

    private static byte[] content() {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the application");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package kz.gov.rehab.gateway.registry;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.concurrent.CompletableFuture;
import kz.gov.rehab.gateway.registry.address.AkimatDirectory;
import kz.gov.rehab.gateway.registry.address.RegisteredAddressRow;
import kz.gov.rehab.gateway.registry.payment.CompensationPaymentRow;
import kz.gov.rehab.gateway.registry.person.Person;
import kz.gov.rehab.gateway.registry.rehabilitation.RehabilitationRecordRow;
import org.eclipse.microprofile.context.ManagedExecutor;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.jboss.logging.Logger;

/**
 * The readiness check {@code registry-reads}: the registries' reads are made once before the gateway
 * takes traffic. On a fresh gateway, the first burst of submissions made every read parse and plan
 * the same queries at once: thread dumps of 96 simultaneous first reads found them blocked in
 * Hibernate's query parser and plan cache or on the akimat directory's first read while the services'
 * registry calls timed out at 2 s (docs/benchmarks.md, "The registry client at a cold start under
 * load"). The reads are made beside the start, for no one: an IIN that no person has, and no
 * access-log row, since nobody was asked about.
 */
@Readiness
@ApplicationScoped
public class RegistryReadsPrepared implements HealthCheck {

    private static final Logger LOG = Logger.getLogger(RegistryReadsPrepared.class);
    /** Not a valid IIN (its check digit is wrong), so no register holds it. */
    private static final String NO_ONE = "000000000001";
    /** A settlement code outside every region. */
    private static final String NO_SETTLEMENT = "000000000";

    private final AkimatDirectory directory;
    private final CompletableFuture<Void> prepared = new CompletableFuture<>();

    public RegistryReadsPrepared(AkimatDirectory directory) {
        this.directory = directory;
    }

    void prepareAtStart(@Observes StartupEvent start, ManagedExecutor executor) {
        executor.runAsync(this::prepare);
    }

    /** Makes each registry's read once, for no one; the gateway is ready afterwards, even if it failed. */
    void prepare() {
        long started = System.nanoTime();
        try {
            QuarkusTransaction.requiringNew().run(() -> {
                Person.withDocuments(NO_ONE);
                RegisteredAddressRow.findByIdOptional(NO_ONE);
                RehabilitationRecordRow.ofPerson(NO_ONE);
                CompensationPaymentRow.ofPerson(NO_ONE);
                directory.competentFor(NO_SETTLEMENT);
            });
            LOG.infof("registry reads prepared in %d ms", (System.nanoTime() - started) / 1_000_000);
        } catch (RuntimeException e) {
            LOG.warnf(e, "registry reads could not be prepared; the first requests prepare them instead");
        } finally {
            prepared.complete(null);
        }
    }

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("registry-reads").status(prepared.isDone()).build();
    }
}

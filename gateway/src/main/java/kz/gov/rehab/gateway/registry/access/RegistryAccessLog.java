package kz.gov.rehab.gateway.registry.access;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import javax.sql.DataSource;
import kz.gov.rehab.commons.egov.Registry;
import kz.gov.rehab.commons.person.Iin;
import org.jboss.logging.Logger;

/**
 * Records every registry request in {@code registry_access}, in its own transaction so that the record
 * stays even when the request fails, and writes one log line with the IIN masked.
 */
@ApplicationScoped
public class RegistryAccessLog {

    private static final Logger LOG = Logger.getLogger("kz.gov.rehab.gateway.registry.access");

    /** A plain statement: the row is written on every registry request, and read only by auditors. */
    private static final String INSERT = """
            INSERT INTO registry_access (at, calling_system, registry, case_id, iin, outcome, http_status, request_id)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)""";

    private final Clock clock;
    private final DataSource dataSource;

    public RegistryAccessLog(Clock clock, DataSource dataSource) {
        this.clock = clock;
        this.dataSource = dataSource;
    }

    public void record(String callingSystem, Registry registry, String caseId, String iin, AccessOutcome outcome,
            int httpStatus, String requestId) {
        QuarkusTransaction.requiringNew().run(() -> {
            try (Connection connection = dataSource.getConnection();
                    PreparedStatement insert = connection.prepareStatement(INSERT)) {
                insert.setObject(1, OffsetDateTime.ofInstant(Instant.now(clock), ZoneOffset.UTC));
                insert.setString(2, callingSystem);
                insert.setString(3, registry.path());
                insert.setString(4, caseId);
                insert.setString(5, iin != null && Iin.isValid(iin) ? iin : null);
                insert.setString(6, outcome.name());
                insert.setInt(7, httpStatus);
                insert.setString(8, requestId);
                insert.executeUpdate();
            } catch (SQLException e) {
                throw new IllegalStateException("Cannot record the registry request", e);
            }
        });
        LOG.infof("registry=%s system=%s case=%s iin=%s outcome=%s status=%d", registry.path(), callingSystem,
                caseId, Iin.mask(iin), outcome, httpStatus);
    }
}

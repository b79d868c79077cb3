package kz.gov.rehab.gateway.registry.population;

import kz.gov.rehab.commons.time.ServiceClock;
import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import kz.gov.rehab.commons.egov.AkimatKind;
import kz.gov.rehab.gateway.registry.RegistryConfig;
import kz.gov.rehab.gateway.registry.population.SyntheticPopulation.SyntheticPerson;
import kz.gov.rehab.gateway.registry.population.SyntheticPopulation.Territory;
import org.jboss.logging.Logger;

/**
 * Writes the synthetic population into the registries on the first start of a database (after the
 * Flyway migrations). Several instances may start at once: a transaction-level advisory lock lets
 * one write it, and the others see the marker row.
 */
@ApplicationScoped
public class PopulationLoader {

    private static final Logger LOG = Logger.getLogger(PopulationLoader.class);
    private static final int VERSION = 1;
    private static final long LOCK = 0x7265686162L;

    private final AgroalDataSource dataSource;
    private final RegistryConfig config;

    private final ServiceClock clock;

    public PopulationLoader(AgroalDataSource dataSource, RegistryConfig config, ServiceClock clock) {
        this.clock = clock;
        this.dataSource = dataSource;
        this.config = config;
    }

    void onStart(@Observes StartupEvent event) throws SQLException {
        long started = System.nanoTime();
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (Statement statement = connection.createStatement()) {
                statement.execute("SELECT pg_advisory_xact_lock(" + LOCK + ")");
                try (ResultSet marker = statement.executeQuery(
                        "SELECT persons FROM synthetic_population WHERE version = " + VERSION)) {
                    if (marker.next()) {
                        connection.commit();
                        return;
                    }
                }
            }
            int persons = insert(connection, SyntheticPopulation.stream(config.populationSize(), territories(connection)));
            try (PreparedStatement marker = connection.prepareStatement(
                    "INSERT INTO synthetic_population (version, persons, created_at) VALUES (?, ?, ?)")) {
                marker.setInt(1, VERSION);
                marker.setInt(2, persons);
                marker.setTimestamp(3, Timestamp.from(clock.instant()));
                marker.executeUpdate();
            }
            connection.commit();
            LOG.infof("synthetic population of %d persons written in %d ms", persons,
                    (System.nanoTime() - started) / 1_000_000);
        }
    }

    private static List<Territory> territories(Connection connection) throws SQLException {
        List<Territory> territories = new ArrayList<>();
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT kato_prefix, kind, name_kk, region_kato, region_name, "
                        + "settlement_name FROM akimat ORDER BY code")) {
            while (rows.next()) {
                territories.add(new Territory(rows.getString(1), AkimatKind.valueOf(rows.getString(2)),
                        rows.getString(3).replace("ның әкімдігі", ""), rows.getString(4), rows.getString(5),
                        rows.getString(6)));
            }
        }
        return territories;
    }

    /** Rows sent to the database per batch. */
    private static final int CHUNK = 2_000;

    private static int insert(Connection connection, Stream<SyntheticPerson> persons) throws SQLException {
        try (PreparedStatement person = connection.prepareStatement("INSERT INTO person (iin, surname, first_name, "
                + "patronymic, birth_date, sex, citizenship, resident, life_status, death_date) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, true, ?, ?)");
                PreparedStatement document = connection.prepareStatement("INSERT INTO identity_document (iin, type, "
                        + "number, issuer, issued_on, expires_on) VALUES (?, ?, ?, 'ҚР ІІМ', ?, ?)");
                PreparedStatement address = connection.prepareStatement("INSERT INTO registered_address (iin, "
                        + "region_name, region_kato, district_name, district_kato, settlement_name, settlement_kato, "
                        + "street, building, flat, registered_on) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
                PreparedStatement rehabilitation = connection.prepareStatement("INSERT INTO rehabilitation_record "
                        + "(iin, reference_number, issued_on, issuing_body, repression_kind, months, category) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            int written = 0;
            for (SyntheticPerson p : (Iterable<SyntheticPerson>) persons::iterator) {
                person.setString(1, p.iin());
                person.setString(2, p.surname());
                person.setString(3, p.firstName());
                person.setString(4, p.patronymic());
                person.setDate(5, Date.valueOf(p.birthDate()));
                person.setString(6, p.male() ? "MALE" : "FEMALE");
                person.setString(7, p.citizenship());
                person.setString(8, p.deathDate() == null ? "ALIVE" : "DECEASED");
                person.setDate(9, p.deathDate() == null ? null : Date.valueOf(p.deathDate()));
                person.addBatch();
                if (p.idCard() != null) {
                    document.setString(1, p.iin());
                    document.setString(2, p.idCard().type());
                    document.setString(3, p.idCard().number());
                    document.setDate(4, Date.valueOf(p.idCard().issuedOn()));
                    document.setDate(5, Date.valueOf(p.idCard().expiresOn()));
                    document.addBatch();
                }
                if (p.address() != null) {
                    SyntheticPopulation.Address a = p.address();
                    address.setString(1, p.iin());
                    address.setString(2, a.regionName());
                    address.setString(3, a.regionKato());
                    address.setString(4, a.districtName());
                    address.setString(5, a.districtKato());
                    address.setString(6, a.settlementName());
                    address.setString(7, a.settlementKato());
                    address.setString(8, a.street());
                    address.setString(9, a.building());
                    address.setString(10, a.flat());
                    address.setDate(11, Date.valueOf(a.registeredOn()));
                    address.addBatch();
                }
                if (p.rehabilitation() != null) {
                    SyntheticPopulation.Rehabilitation r = p.rehabilitation();
                    rehabilitation.setString(1, p.iin());
                    rehabilitation.setString(2, r.referenceNumber());
                    rehabilitation.setDate(3, Date.valueOf(r.issuedOn()));
                    rehabilitation.setString(4, r.issuingBody());
                    rehabilitation.setString(5, r.kind().name());
                    rehabilitation.setInt(6, r.months());
                    rehabilitation.setString(7, r.category().name());
                    rehabilitation.addBatch();
                }
                if (++written % CHUNK == 0) {
                    executeBatches(person, document, address, rehabilitation);
                }
            }
            executeBatches(person, document, address, rehabilitation);
            return written;
        }
    }

    /** In the order of the foreign keys: persons first. */
    private static void executeBatches(PreparedStatement... statements) throws SQLException {
        for (PreparedStatement statement : statements) {
            statement.executeBatch();
        }
    }
}

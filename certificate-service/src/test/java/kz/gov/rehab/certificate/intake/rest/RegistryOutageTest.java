package kz.gov.rehab.certificate.intake.rest;

import static kz.gov.rehab.certificate.support.Intakes.SEITKALI;
import static kz.gov.rehab.certificate.support.Intakes.SEITKALI_ID_CARD;
import static kz.gov.rehab.certificate.support.Intakes.certificate;
import static kz.gov.rehab.certificate.support.Intakes.submit;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import javax.sql.DataSource;
import kz.gov.rehab.certificate.support.CertificateTables;
import kz.gov.rehab.commons.testing.EgovGatewayResource;
import kz.gov.rehab.commons.testing.IdleTransactions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A registry outage at intake: 503 problem+json with Retry-After, and nothing half-written; a slow
 * registry holds no database transaction open while it answers.
 */
@QuarkusTest
class RegistryOutageTest {

    @Inject
    EntityManager em;

    @Inject
    CircuitBreakerMaintenance circuitBreakers;

    @Inject
    DataSource dataSource;

    @BeforeEach
    void noApplications() {
        CertificateTables.clean(em);
    }

    @AfterEach
    void registriesBackToNormal() {
        EgovGatewayResource.clearFaults();
        // the outage may have opened the address register's circuit breaker; the next tests start closed
        circuitBreakers.resetAll();
    }

    @Test
    void addressRegisterDownMeansRetryLaterAndNothingWritten() {
        EgovGatewayResource.injectOutage("addresses");
        submit(certificate(SEITKALI, SEITKALI_ID_CARD))
                .statusCode(503).contentType("application/problem+json").header("Retry-After", notNullValue());
        assertEquals(0, CertificateTables.count(em, "certificate_application"));
        assertEquals(0, CertificateTables.count(em, "application_stage"));
    }

    @Test
    void aSlowRegistryHoldsNoDatabaseTransactionOpen() throws Exception {
        EgovGatewayResource.injectLatency("addresses", 1500);
        CompletableFuture<Integer> answered = CompletableFuture.supplyAsync(
                () -> submit(certificate(SEITKALI, SEITKALI_ID_CARD)).extract().statusCode());
        List<Integer> idleTransactions = IdleTransactions.sampledWhile(dataSource, answered);

        assertEquals(201, answered.get());
        assertTrue(idleTransactions.size() > 10, "sampled while the registry was slow: " + idleTransactions.size());
        assertTrue(idleTransactions.stream().allMatch(idle -> idle == 0),
                "transactions of this service idle for 0.5 s or more while the registry answered: " + idleTransactions);
    }
}

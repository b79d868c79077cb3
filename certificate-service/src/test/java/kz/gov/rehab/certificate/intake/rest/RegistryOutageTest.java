package kz.gov.rehab.certificate.intake.rest;

import static kz.gov.rehab.certificate.support.Intakes.SEITKALI;
import static kz.gov.rehab.certificate.support.Intakes.SEITKALI_ID_CARD;
import static kz.gov.rehab.certificate.support.Intakes.certificate;
import static kz.gov.rehab.certificate.support.Intakes.submit;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import kz.gov.rehab.certificate.support.CertificateTables;
import kz.gov.rehab.commons.testing.EgovGatewayResource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A registry outage at intake: 503 problem+json with Retry-After, and nothing half-written. */
@QuarkusTest
class RegistryOutageTest {

    @Inject
    EntityManager em;

    @Inject
    CircuitBreakerMaintenance circuitBreakers;

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
}

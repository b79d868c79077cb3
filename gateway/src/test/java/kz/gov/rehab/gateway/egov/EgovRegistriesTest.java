package kz.gov.rehab.gateway.egov;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.lessThan;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import kz.gov.rehab.commons.egov.EgovRegistries;
import kz.gov.rehab.commons.egov.OneTimeCodeRefusedException;
import kz.gov.rehab.commons.egov.PersonRecord;
import kz.gov.rehab.commons.egov.RegistryUnavailableException;
import kz.gov.rehab.commons.egov.RehabilitationCategory;
import kz.gov.rehab.commons.person.Iin;
import kz.gov.rehab.gateway.registry.ApiKeys;
import kz.gov.rehab.gateway.registry.Fixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The client both services use (commons {@code EgovRegistries}) against the real registries: data of
 * the fixtures, and a registry outage turned into 503 + Retry-After within about 2 s (by design 2 s at
 * most; the tests allow 3 s on a loaded build machine). Each failure
 * scenario uses its own registry (each has its own circuit breaker) and runs after the healthy ones.
 */
@QuarkusTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class EgovRegistriesTest {

    @Inject
    EgovRegistries registries;

    /** Steady state first: the registries answer (the first answers are slow on a cold JVM). */
    @Test
    @Order(0)
    void registriesAnswer() {
        for (String registry : new String[] {"persons", "addresses", "rehabilitation-records"}) {
            given().header("X-Api-Key", ApiKeys.CERTIFICATE_SERVICE).header("X-Road-Issue", "WARM-UP")
                    .get("/egov/v1/" + registry + "/" + Fixtures.MONTHS_24).then().statusCode(200);
        }
    }

    @AfterEach
    void backToNormal() {
        given().header("X-Api-Key", ApiKeys.REGISTRY_ADMIN).delete("/egov/v1/admin/faults").then().statusCode(204);
    }

    private static void inject(String registry, String fault) {
        given().header("X-Api-Key", ApiKeys.REGISTRY_ADMIN).contentType("application/json").body(fault)
                .put("/egov/v1/admin/faults/" + registry).then().statusCode(200);
    }

    @Test
    @Order(1)
    void personIsReadWithTheCase() {
        try {
            registries.person(Iin.parse(Fixtures.MONTHS_24), "WARM-UP"); // builds the client
        } catch (RegistryUnavailableException slowFirstCall) {
            // tolerated: one failure does not open the circuit (10 attempts needed)
        }
        PersonRecord person = registries.person(Iin.parse(Fixtures.NO_PATRONYMIC), "CERT-C-1").orElseThrow();
        assertThat(person.patronymic()).isNull();
        assertThat(person.alive()).isTrue();
        assertThat(person.identityCardValidOn(java.time.LocalDate.of(2026, 4, 15))).isPresent();
    }

    @Test
    @Order(2)
    void expiredIdentityCardIsNotValid_C3() {
        PersonRecord person = registries.person(Iin.parse(Fixtures.EXPIRED_ID_CARD), "CERT-C-2").orElseThrow();
        assertThat(person.identityCardValidOn(java.time.LocalDate.of(2026, 4, 15))).isEmpty();
    }

    @Test
    @Order(3)
    void unknownPersonAndMissingAddressAreEmpty() {
        assertThat(registries.person(Iin.parse(Fixtures.UNKNOWN), "CERT-C-3")).isEmpty();
        assertThat(registries.registeredAddress(Iin.parse(Fixtures.NO_ADDRESS), "CERT-C-3")).isEmpty();
        assertThat(registries.rehabilitationRecords(Iin.parse(Fixtures.NO_REHABILITATION_RECORD), "COMP-C-3")).isEmpty();
    }

    @Test
    @Order(4)
    void rehabilitationRecordsCarryMonthsAndCategory() {
        assertThat(registries.rehabilitationRecords(Iin.parse(Fixtures.SUFFERED_CHILD), "COMP-C-4"))
                .singleElement()
                .satisfies(record -> assertThat(record.category()).isEqualTo(RehabilitationCategory.SUFFERED_FROM_REPRESSIONS));
    }

    @Test
    @Order(5)
    void refusedOneTimeCodeIsItsOwnError() {
        assertThatThrownBy(() -> registries.digitalDocument(Iin.parse(Fixtures.MONTHS_24), "000000x", "CERT-C-5"))
                .isInstanceOf(OneTimeCodeRefusedException.class);
    }

    @Test
    @Order(6)
    void registryOutageAnswers503WithRetryAfterWithinTwoSeconds() {
        inject("persons", "{\"latencyMillis\":0,\"errorRate\":0.0,\"outage\":true}");

        given().get("/test/registry-probe/persons/" + Fixtures.MONTHS_24 + "/CERT-C-6")
                .then().statusCode(503)
                .contentType("application/problem+json")
                .header("Retry-After", "5")
                .body("type", equalTo("https://rehab.gov.kz/problems/registry-unavailable"))
                .time(lessThan(Duration.ofMillis(3000).toMillis()));
    }

    @Test
    @Order(7)
    void slowRegistryIsGivenUpWithinTwoSeconds() {
        inject("addresses", "{\"latencyMillis\":5000,\"errorRate\":0.0,\"outage\":false}");

        long started = System.nanoTime();
        assertThatThrownBy(() -> registries.registeredAddress(Iin.parse(Fixtures.MONTHS_24), "CERT-C-7"))
                .isInstanceOf(RegistryUnavailableException.class);
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofMillis(3000));
    }

    @Test
    @Order(8)
    void openCircuitAnswersAtOnce() {
        inject("rehabilitation-records", "{\"latencyMillis\":0,\"errorRate\":0.0,\"outage\":true}");
        Iin iin = Iin.parse(Fixtures.MONTHS_24);
        for (int i = 0; i < 5; i++) { // 10 failed attempts open the circuit
            assertThatThrownBy(() -> registries.rehabilitationRecords(iin, "COMP-C-8"))
                    .isInstanceOf(RegistryUnavailableException.class);
        }
        long started = System.nanoTime();
        assertThatThrownBy(() -> registries.rehabilitationRecords(iin, "COMP-C-8"))
                .isInstanceOf(RegistryUnavailableException.class)
                .hasRootCauseInstanceOf(org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException.class);
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofMillis(300));
    }
}

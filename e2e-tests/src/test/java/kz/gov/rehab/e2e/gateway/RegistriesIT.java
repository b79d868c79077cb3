package kz.gov.rehab.e2e.gateway;

import static kz.gov.rehab.e2e.gateway.RunningSystem.gateway;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;

import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The simulated digital-government gateway of the running system: fixture lookups, the case rule,
 * the access log, and a registry outage as the certificate service's caller sees it.
 */
class RegistriesIT {

    @AfterEach
    void registriesBackToNormal() {
        gateway().header("X-Api-Key", "dev-key-registry-admin").delete("/egov/v1/admin/faults").then().statusCode(204);
    }

    @Test
    void fixtureLookupIsAttributedToTheCallerAndTheCase() {
        String caseId = "E2E-" + UUID.randomUUID();
        gateway().header("X-Api-Key", "dev-key-certificate-service").header("X-Road-Issue", caseId)
                .get("/egov/v1/persons/330707399060")
                .then().statusCode(200)
                .body("surname", equalTo("Исқақов"))
                .body("identityDocuments[0].number", equalTo("099000007"));
        gateway().header("X-Api-Key", "dev-key-compensation-service").header("X-Road-Issue", caseId)
                .get("/egov/v1/rehabilitation-records/330707399060")
                .then().statusCode(200)
                .body("records[0].months", equalTo(24));

        gateway().header("X-Api-Key", "dev-key-auditor").queryParam("case", caseId)
                .get("/egov/v1/access-log")
                .then().statusCode(200)
                .body("items", hasSize(2))
                .body("items.callingSystem", equalTo(java.util.List.of("compensation-service", "certificate-service")))
                .body("items.iinMasked", equalTo(java.util.List.of("3307******60", "3307******60")));
    }

    @Test
    void requestWithoutCaseIsRefused() {
        gateway().header("X-Api-Key", "dev-key-certificate-service")
                .get("/egov/v1/addresses/330707399060")
                .then().statusCode(400)
                .contentType("application/problem+json");
    }

    @Test
    void addressRegisterOutageMakesTheCertificateServiceAnswer503() {
        gateway().header("X-Api-Key", "dev-key-registry-admin").contentType("application/json")
                .body("{\"latencyMillis\":0,\"errorRate\":0.0,\"outage\":true}")
                .put("/egov/v1/admin/faults/addresses")
                .then().statusCode(200);

        gateway().header("X-Api-Key", "dev-key-state-corporation").contentType("application/json")
                .body("""
                        {"requested":"CERTIFICATE","applicantIin":"350412399000",
                         "documents":{"identity":{"kind":"ID_CARD","number":"099000001"},
                           "rehabilitation":{"kind":"REHABILITATION_REFERENCE","number":"R-1996-099001","issuedOn":"1996-04-18","issuer":"Астана қаласының прокуратурасы"}},
                         "documentsAuthentic":true,"personalDataConsent":true,
                         "acceptedBy":{"surname":"Сапарова","name":"Динара","position":"Chief specialist","phone":"+7 7172 55 00 11"},
                         "branch":{"number":"ASTANA-01","address":"Астана, Қабанбай батыр даңғылы 1"}}""")
                .post("/api/v1/certificates/applications")
                .then().statusCode(503)
                .contentType("application/problem+json")
                .header("Retry-After", notNullValue())
                .body("type", equalTo("https://rehab.gov.kz/problems/registry-unavailable"));
    }
}

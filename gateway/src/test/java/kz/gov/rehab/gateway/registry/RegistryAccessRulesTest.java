package kz.gov.rehab.gateway.registry;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * X-Road rules of the digital-government gateway (docs/law.md §5): every request is authenticated,
 * names its case, and is written to the access log that the auditor reads.
 */
@QuarkusTest
class RegistryAccessRulesTest {

    @Test
    void requestWithoutCaseIsRefused() {
        given().header("X-Api-Key", ApiKeys.CERTIFICATE_SERVICE)
                .get("/egov/v1/persons/" + Fixtures.MONTHS_24)
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("https://rehab.gov.kz/problems/case-required"))
                .body("detail", containsString("X-Road-Issue"));
    }

    @Test
    void requestWithoutApiKeyIsUnauthenticated() {
        given().header("X-Road-Issue", "CERT-A-1")
                .get("/egov/v1/persons/" + Fixtures.MONTHS_24)
                .then().statusCode(401)
                .contentType("application/problem+json")
                .body("status", equalTo(401));
    }

    @Test
    void requestWithUnknownApiKeyIsUnauthenticated() {
        given().header("X-Api-Key", "not-a-key").header("X-Road-Issue", "CERT-A-2")
                .get("/egov/v1/addresses/" + Fixtures.MONTHS_24)
                .then().statusCode(401)
                .contentType("application/problem+json");
    }

    @Test
    void systemWithoutEgovClientRoleIsForbidden() {
        given().header("X-Api-Key", ApiKeys.STATE_CORPORATION).header("X-Road-Issue", "CERT-A-3")
                .get("/egov/v1/rehabilitation-records/" + Fixtures.MONTHS_24)
                .then().statusCode(403)
                .contentType("application/problem+json")
                .body("status", equalTo(403));
    }

    @Test
    void everyRequestIsLoggedWithCallerCaseAndOutcome_forTheAuditor() {
        String caseId = "CERT-LOG-" + UUID.randomUUID();
        given().header("X-Api-Key", ApiKeys.CERTIFICATE_SERVICE).header("X-Road-Issue", caseId)
                .get("/egov/v1/persons/" + Fixtures.MONTHS_24).then().statusCode(200);
        given().header("X-Api-Key", ApiKeys.CERTIFICATE_SERVICE).header("X-Road-Issue", caseId)
                .get("/egov/v1/addresses/" + Fixtures.NO_ADDRESS).then().statusCode(404);

        given().header("X-Api-Key", ApiKeys.AUDITOR).queryParam("case", caseId)
                .get("/egov/v1/access-log")
                .then().statusCode(200)
                .body("items", hasSize(2)).body("totalItems", equalTo(2))
                .body("items.callingSystem", everyItem(equalTo("certificate-service")))
                .body("items[0].registry", equalTo("addresses"))
                .body("items[0].outcome", equalTo("NOT_FOUND"))
                .body("items[0].iinMasked", equalTo("4003******38"))
                .body("items[1].registry", equalTo("persons"))
                .body("items[1].outcome", equalTo("FOUND"))
                .body("items[1].httpStatus", equalTo(200));
    }

    /**
     * Rows of requests that arrive together are committed together, and still each request is
     * answered only once its own row is durable: the auditor finds it the moment the answer is out.
     */
    @Test
    void requestsArrivingTogetherAreEachLoggedBeforeTheyAreAnswered() throws Exception {
        String run = "CERT-GROUP-" + UUID.randomUUID();
        java.util.concurrent.ExecutorService callers = java.util.concurrent.Executors.newFixedThreadPool(8);
        try {
            java.util.List<java.util.concurrent.Future<Integer>> found = new java.util.ArrayList<>();
            for (int i = 0; i < 40; i++) {
                String caseId = run + "-" + i;
                found.add(callers.submit(() -> {
                    given().header("X-Api-Key", ApiKeys.CERTIFICATE_SERVICE).header("X-Road-Issue", caseId)
                            .get("/egov/v1/persons/" + Fixtures.MONTHS_24).then().statusCode(200);
                    return given().header("X-Api-Key", ApiKeys.AUDITOR).queryParam("case", caseId)
                            .get("/egov/v1/access-log").then().statusCode(200).extract().path("totalItems");
                }));
            }
            for (java.util.concurrent.Future<Integer> logged : found) {
                org.junit.jupiter.api.Assertions.assertEquals(1, logged.get(30, java.util.concurrent.TimeUnit.SECONDS),
                        "the request's row is in the access log when its answer arrives");
            }
        } finally {
            callers.shutdownNow();
        }
    }

    @Test
    void auditorFindsWhoReadAPersonByFullIin() {
        String caseId = "COMP-LOG-" + UUID.randomUUID();
        given().header("X-Api-Key", ApiKeys.COMPENSATION_SERVICE).header("X-Road-Issue", caseId)
                .get("/egov/v1/rehabilitation-records/" + Fixtures.MONTHS_200).then().statusCode(200);

        given().header("X-Api-Key", ApiKeys.AUDITOR).queryParam("iin", Fixtures.MONTHS_200).queryParam("size", 100)
                .get("/egov/v1/access-log")
                .then().statusCode(200)
                .body("items.findAll { it.caseId == '" + caseId + "' }.callingSystem", equalTo(java.util.List.of("compensation-service")))
                .body("items.iinMasked", everyItem(equalTo("2902******70")));
    }

    @Test
    void refusedRequestWithoutCaseIsLoggedToo() {
        given().header("X-Api-Key", ApiKeys.COMPENSATION_SERVICE)
                .get("/egov/v1/persons/" + Fixtures.DECEASED).then().statusCode(400);

        given().header("X-Api-Key", ApiKeys.AUDITOR).queryParam("iin", Fixtures.DECEASED).queryParam("system", "compensation-service")
                .get("/egov/v1/access-log")
                .then().statusCode(200)
                .body("items[0].outcome", equalTo("NO_CASE"));
    }

    @Test
    void onlyTheAuditorReadsTheAccessLog() {
        given().header("X-Api-Key", ApiKeys.CERTIFICATE_SERVICE).get("/egov/v1/access-log")
                .then().statusCode(403).contentType("application/problem+json");
        given().get("/egov/v1/access-log").then().statusCode(401);
    }

    @Test
    void accessLogShowsNoFullIin() {
        given().header("X-Api-Key", ApiKeys.AUDITOR).get("/egov/v1/access-log")
                .then().statusCode(200)
                .body(not(containsString(Fixtures.MONTHS_24)));
    }
}

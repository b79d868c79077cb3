package kz.gov.rehab.compensation.decision.amount;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Map;
import kz.gov.rehab.commons.testing.EgovGatewayResource;
import kz.gov.rehab.commons.testing.GatewayTokens;
import kz.gov.rehab.compensation.support.Applicants;
import kz.gov.rehab.compensation.support.Callers;
import io.quarkus.narayana.jta.QuarkusTransaction;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The MRP per budget year (docs/law.md §4, "Compensation amount"), on the service's clock fixed at
 * 4 January 2027: a filing in 2027 is never paid at the 2026 MRP; it waits in AWAITING_MRP until
 * one rules operator enters the 2027 MRP and another confirms it (four-eyes), and is then decided
 * at the 2027 MRP.
 */
@QuarkusTest
@TestProfile(MrpPerBudgetYearTest.ClockIn2027.class)
@QuarkusTestResource(value = EgovGatewayResource.class, restrictToAnnotatedClass = false)
class MrpPerBudgetYearTest {

    public static class ClockIn2027 implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            // warnings of next year's missing data from 1 January instead of 1 November
            return Map.of("rehab.clock.fixed", "2027-01-04T11:00:00+05:00", "rehab.law-data.warn-from", "--01-01");
        }
    }

    static final String APPLICATIONS = "/api/v1/compensations/applications";
    static final String MRP = "/api/v1/compensations/rules/mrp";

    @Inject
    EntityManager em;

    @BeforeEach
    @AfterEach
    void no2027Mrp() {
        Applicants.forget(Applicants.ISKAKOV.iin());
        QuarkusTransaction.requiringNew().run(() ->
                em.createNativeQuery("DELETE FROM monthly_calculation_index WHERE effective_from >= '2027-01-01'").executeUpdate());
    }

    private static String rulesOperator(String user) {
        return GatewayTokens.bearer(user, null, "rules-operator");
    }

    @Test
    void filingInAYearWithoutMrpWaits_thenIsDecidedAtThatYearsMrp_domain4() {
        String id = given().header("Authorization", Callers.officer()).contentType(ContentType.JSON)
                .body(Applicants.ISKAKOV.form("2027-01-04")).post(APPLICATIONS)
                .then().statusCode(201).body("status", equalTo("AWAITING_MRP")).extract().path("id");
        // the officer cannot assign an amount meanwhile
        given().header("Authorization", Callers.officer()).contentType(ContentType.JSON).body("{\"outcome\":\"ASSIGN\"}")
                .post(APPLICATIONS + "/" + id + "/decision").then().statusCode(409);

        given().header("Authorization", rulesOperator("rules-operator")).contentType(ContentType.JSON)
                .body("{\"effectiveFrom\":\"2027-01-01\",\"effectiveTo\":\"2027-12-31\",\"amountKzt\":\"4500.00\",\"source\":\"budget law (test)\"}")
                .post(MRP).then().statusCode(201).body("enteredBy", equalTo("rules-operator")).body("confirmedBy", equalTo(null));
        // entered is not yet in force, and the one who entered it cannot confirm it
        given().header("Authorization", rulesOperator("rules-operator")).post(MRP + "/2027-01-01/confirmation")
                .then().statusCode(403).contentType("application/problem+json")
                .body("type", equalTo("https://rehab.gov.kz/problems/four-eyes"));
        given().header("Authorization", Callers.officer()).get(APPLICATIONS + "/" + id)
                .then().statusCode(200).body("status", equalTo("AWAITING_MRP"));

        given().header("Authorization", rulesOperator("rules-checker")).post(MRP + "/2027-01-01/confirmation")
                .then().statusCode(200).body("confirmedBy", equalTo("rules-checker")).body("released", equalTo(1));
        String status = given().header("Authorization", Callers.officer()).get(APPLICATIONS + "/" + id)
                .then().statusCode(200).extract().path("status");
        org.junit.jupiter.api.Assertions.assertEquals("DATA_CHECKED", status);
        // 24 months x 3/4 x 4,500 KZT
        given().header("Authorization", Callers.officer()).contentType(ContentType.JSON).body("{\"outcome\":\"ASSIGN\"}")
                .post(APPLICATIONS + "/" + id + "/decision")
                .then().statusCode(200).body("decision.amount.amount", equalTo("81000.00"))
                .body("decision.amountBasis.mrp.amount", equalTo("4500.00"));
    }

    @Test
    void readinessStaysUpAndListsTheMissingMrpOfNextYear_domain4() {
        given().get("/q/health/ready").then().statusCode(200)
                .body("checks.find { it.name == 'law-data' }.status", equalTo("UP"))
                .body("checks.find { it.name == 'law-data' }.data.year", equalTo(2028))
                .body("checks.find { it.name == 'law-data' }.data.mrp", org.hamcrest.Matchers.containsString("2028"));
    }

    @Test
    void anOverlappingPeriodIsRefused() {
        given().header("Authorization", rulesOperator("rules-operator")).contentType(ContentType.JSON)
                .body("{\"effectiveFrom\":\"2026-07-01\",\"effectiveTo\":\"2027-06-30\",\"amountKzt\":\"4500.00\",\"source\":\"x\"}")
                .post(MRP).then().statusCode(409).contentType("application/problem+json");
    }

    @Test
    void onlyRulesOperatorsEnterTheMrp() {
        given().header("Authorization", Callers.officer()).contentType(ContentType.JSON)
                .body("{\"effectiveFrom\":\"2027-01-01\",\"effectiveTo\":\"2027-12-31\",\"amountKzt\":\"4500.00\",\"source\":\"x\"}")
                .post(MRP).then().statusCode(403);
    }
}

package kz.gov.rehab.compensation.decision.amount;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.LocalDate;
import kz.gov.rehab.commons.testing.EgovGatewayResource;
import kz.gov.rehab.commons.testing.GatewayTokens;
import kz.gov.rehab.compensation.programme.PayoutProgramme;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A rate is rule data that one rules operator enters with its source and another confirms (four-eyes,
 * docs/law.md §3 and §4); only then does the amount rule use it.
 */
@QuarkusTest
@QuarkusTestResource(value = EgovGatewayResource.class, restrictToAnnotatedClass = false)
class RatesEnteredByTwoOperatorsTest {

    private static final String TERRITORY = "190000000";
    private static final LocalDate FROM = LocalDate.of(2031, 1, 1);

    @Inject
    EntityManager em;

    @Inject
    AmountRuleData amounts;

    @AfterEach
    void removeTheTestRates() {
        QuarkusTransaction.requiringNew().run(() -> {
            em.createNativeQuery("DELETE FROM home_schooling_rate WHERE effective_from = '2031-01-01'").executeUpdate();
            em.createNativeQuery("DELETE FROM compensation_rate WHERE effective_from = '2031-01-01'").executeUpdate();
        });
    }

    private static String operator(String user) {
        return GatewayTokens.bearer(user, null, "rules-operator");
    }

    @Test
    void homeSchoolingRateIsInForceOnlyOnceASecondOperatorConfirmsIt_R() {
        given().header("Authorization", operator("rules-operator")).contentType(ContentType.JSON).body("""
                {"territoryKato":"%s","territoryName":"Test region","territoryLevel":"REGION","effectiveFrom":"%s",
                 "mrpPerMonth":"4","decision":"TEST DATA: not a maslikhat decision"}""".formatted(TERRITORY, FROM))
                .post("/api/v1/compensations/rules/home-schooling-rates")
                .then().statusCode(201).body("enteredBy", equalTo("rules-operator")).body("confirmedBy", equalTo(null));
        String category = kz.gov.rehab.compensation.homeschooling.RateTerritory.category(TERRITORY);
        org.junit.jupiter.api.Assertions.assertTrue(amounts.currentRule()
                .rateInForceOn(PayoutProgramme.HOME_SCHOOLING_REIMBURSEMENT, category, FROM)
                .filter(rate -> rate.effectiveFrom().equals(FROM)).isEmpty(), "not in force before confirmation");

        given().header("Authorization", operator("rules-operator"))
                .post("/api/v1/compensations/rules/home-schooling-rates/" + TERRITORY + "/" + FROM + "/confirmation")
                .then().statusCode(403).body("type", equalTo("https://rehab.gov.kz/problems/four-eyes"));
        given().header("Authorization", operator("rules-checker"))
                .post("/api/v1/compensations/rules/home-schooling-rates/" + TERRITORY + "/" + FROM + "/confirmation")
                .then().statusCode(200).body("confirmedBy", equalTo("rules-checker"));
        CompensationRate inForce = amounts.currentRule().rateInForceOn(PayoutProgramme.HOME_SCHOOLING_REIMBURSEMENT, category, FROM)
                .orElseThrow();
        org.junit.jupiter.api.Assertions.assertEquals(FROM, inForce.effectiveFrom());
        org.junit.jupiter.api.Assertions.assertEquals(0, new BigDecimal("4").compareTo(inForce.mrpPerMonth()));
    }

    @Test
    void categoryRateIsEnteredWithItsSourceAndConfirmed_domain4() {
        given().header("Authorization", operator("rules-operator")).contentType(ContentType.JSON).body("""
                {"programme":"REPRESSION_ONE_TIME","category":"SUFFERED_FROM_REPRESSIONS","effectiveFrom":"%s",
                 "mrpPerMonth":"0.5","capMrp":"50","source":"TEST DATA: not a law"}""".formatted(FROM))
                .post("/api/v1/compensations/rules/rates").then().statusCode(201);
        given().header("Authorization", operator("rules-operator")).contentType(ContentType.JSON).body("""
                {"programme":"REPRESSION_ONE_TIME","category":"SUFFERED_FROM_REPRESSIONS","effectiveFrom":"%s",
                 "mrpPerMonth":"0.6","capMrp":"50","source":"again"}""".formatted(FROM))
                .post("/api/v1/compensations/rules/rates").then().statusCode(409);
        given().header("Authorization", operator("rules-checker"))
                .post("/api/v1/compensations/rules/rates/REPRESSION_ONE_TIME/SUFFERED_FROM_REPRESSIONS/" + FROM + "/confirmation")
                .then().statusCode(200).body("confirmedBy", equalTo("rules-checker"));
    }

    @Test
    void aTerritoryCodeThatDoesNotFitItsLevelIsRefused() {
        given().header("Authorization", operator("rules-operator")).contentType(ContentType.JSON).body("""
                {"territoryKato":"112000000","territoryName":"x","territoryLevel":"REGION","effectiveFrom":"%s",
                 "mrpPerMonth":"4","decision":"x"}""".formatted(FROM))
                .post("/api/v1/compensations/rules/home-schooling-rates")
                .then().statusCode(400).contentType("application/problem+json");
    }
}

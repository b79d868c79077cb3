package kz.gov.rehab.compensation.application.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import kz.gov.rehab.commons.testing.EgovGatewayResource;
import kz.gov.rehab.compensation.application.ApplicationStatus;
import kz.gov.rehab.compensation.application.CompensationApplication;
import kz.gov.rehab.compensation.support.AssignedCompensations;
import kz.gov.rehab.compensation.support.Callers;
import kz.gov.rehab.compensation.support.TestIins;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The officers' work queue: applications of a status and a subdivision, a page at a time. */
@QuarkusTest
@QuarkusTestResource(value = EgovGatewayResource.class, restrictToAnnotatedClass = false)
class WorkQueueTest {

    static final String APPLICATIONS = "/api/v1/compensations/applications";
    private static final ApplicationStatus[] STATUSES = {ApplicationStatus.DATA_CHECKED, ApplicationStatus.AWAITING_DECISION,
            ApplicationStatus.DATA_CHECKED, ApplicationStatus.DATA_CHECKED, ApplicationStatus.AWAITING_DECISION};

    private String subdivision;
    private final List<String> numbers = new ArrayList<>();

    /** Five applications accepted by a subdivision of their own, in number order: three DATA_CHECKED, two AWAITING_DECISION. */
    @BeforeEach
    void fiveApplicationsOfOneSubdivision() {
        String run = Long.toString(System.nanoTime(), 36);
        subdivision = "WQ-" + run;
        numbers.clear();
        QuarkusTransaction.requiringNew().run(() -> {
            for (int i = 0; i < STATUSES.length; i++) {
                CompensationApplication a = AssignedCompensations.application(TestIins.next(), new BigDecimal("77850.00"));
                a.number = "WQ-" + run + "-" + i;
                a.status = STATUSES[i];
                a.amountKzt = null;
                a.amountBasis = null;
                a.decidedAt = null;
                a.decidedBy = null;
                a.subdivision = subdivision;
                a.persist();
                numbers.add(a.number);
            }
        });
    }

    private io.restassured.specification.RequestSpecification officer() {
        return given().header("Authorization", Callers.officer());
    }

    @Test
    void theQueueOfASubdivisionComesInPagesWithoutOverlap() {
        JsonPath first = officer().queryParam("subdivision", subdivision).queryParam("size", 2).get(APPLICATIONS)
                .then().statusCode(200).body("page", equalTo(0)).body("size", equalTo(2)).body("totalItems", equalTo(5))
                .extract().jsonPath();
        String next = first.getString("next");
        assertThat(next).isEqualTo(APPLICATIONS + "?subdivision=" + subdivision + "&page=1&size=2");
        JsonPath second = officer().get(next).then().statusCode(200)
                .header("Link", "<" + APPLICATIONS + "?subdivision=" + subdivision + "&page=2&size=2>; rel=\"next\", <"
                        + APPLICATIONS + "?subdivision=" + subdivision + "&page=0&size=2>; rel=\"prev\"")
                .extract().jsonPath();
        JsonPath last = officer().get(second.getString("next")).then().statusCode(200).body("next", nullValue())
                .extract().jsonPath();

        List<String> seen = new ArrayList<>(first.getList("items.number", String.class));
        seen.addAll(second.getList("items.number", String.class));
        seen.addAll(last.getList("items.number", String.class));
        assertThat(seen).as("every application of the subdivision once, by number").containsExactlyElementsOf(numbers);
    }

    @Test
    void theQueueFiltersByStatusAndSubdivisionTogether() {
        officer().queryParam("subdivision", subdivision).queryParam("status", "AWAITING_DECISION").get(APPLICATIONS)
                .then().statusCode(200).body("totalItems", equalTo(2))
                .body("items.number", contains(numbers.get(1), numbers.get(4)))
                .body("items.status", contains("AWAITING_DECISION", "AWAITING_DECISION"));
        given().header("Authorization", Callers.auditor()).queryParam("subdivision", subdivision).queryParam("status", "DATA_CHECKED")
                .get(APPLICATIONS).then().statusCode(200).body("items.number", contains(numbers.get(0), numbers.get(2), numbers.get(3)));
        officer().queryParam("subdivision", "NO-SUCH-" + subdivision).get(APPLICATIONS)
                .then().statusCode(200).body("items.size()", equalTo(0)).body("totalItems", equalTo(0)).body("next", nullValue());
    }

    @Test
    void aNumberStillFindsTheOneApplication() {
        officer().queryParam("number", numbers.get(3)).get(APPLICATIONS).then().statusCode(200)
                .body("totalItems", equalTo(1)).body("items[0].number", equalTo(numbers.get(3)));
    }

    @Test
    void aBadPageOrSizeIs400NamingTheParameter() {
        officer().queryParam("page", "x").queryParam("size", "1000").get(APPLICATIONS).then().statusCode(400)
                .contentType("application/problem+json").body("violations.field", contains("page", "size"));
    }

    @Test
    void onlyOfficersPaymentOperatorsAndAuditorsSeeTheQueue() {
        given().header("Authorization", Callers.egovPortal()).get(APPLICATIONS).then().statusCode(403);
    }
}

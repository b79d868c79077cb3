package kz.gov.rehab.certificate.application.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import kz.gov.rehab.certificate.application.ApplicationStatus;
import kz.gov.rehab.certificate.application.CertificateApplication;
import kz.gov.rehab.certificate.application.RegistrySnapshot;
import kz.gov.rehab.certificate.application.RequestedResult;
import kz.gov.rehab.certificate.support.CertificateTables;
import kz.gov.rehab.certificate.support.GatewayTokens;
import kz.gov.rehab.commons.person.Iin;
import kz.gov.rehab.commons.time.ServiceClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The akimat's work list a page at a time: stable order, no overlap, links to the next page, filters in the database. */
@QuarkusTest
class WorkListPagingTest {

    private static final String AKIMAT = "990000000";
    private static final String WORK_LIST = "/api/v1/certificates/applications";

    @Inject
    EntityManager em;

    @Inject
    ServiceClock clock;

    private final List<String> numbers = new ArrayList<>();

    /** Five applications routed to the akimat: three overdue (ready dates passed), two due later; in work-list order. */
    @BeforeEach
    void fiveApplications() {
        CertificateTables.clean(em);
        LocalDate today = clock.today();
        numbers.clear();
        QuarkusTransaction.requiringNew().run(() -> {
            for (int i = 0; i < 5; i++) {
                CertificateApplication a = new CertificateApplication();
                a.id = UUID.randomUUID();
                a.number = "CRT-TEST-%06d".formatted(i);
                a.requested = RequestedResult.CERTIFICATE;
                a.status = ApplicationStatus.UNDER_REVIEW;
                a.applicantIin = Iin.parse("350412399000");
                a.branchNumber = "ASTANA-01";
                a.akimatCode = AKIMAT;
                a.submittedAt = clock.now().minusDays(20);
                a.readyDate = i < 3 ? today.minusDays(3 - i) : today.plusDays(i);
                a.registrySnapshot = new RegistrySnapshot(a.submittedAt, null, null, null, null, null, null, null, null);
                a.intake = Map.of();
                a.receipt = Map.of();
                a.persist();
                numbers.add(a.number);
            }
        });
    }

    private Response workList(Map<String, ?> query) {
        return given().auth().oauth2(GatewayTokens.akimat(AKIMAT)).queryParams(query).get(WORK_LIST);
    }

    @Test
    void pagesFollowOneAnotherWithoutOverlapAndLinkToTheNext() {
        JsonPath first = workList(Map.of("size", 2)).then().statusCode(200)
                .header("Link", "<" + WORK_LIST + "?page=1&size=2>; rel=\"next\"")
                .body("page", equalTo(0)).body("size", equalTo(2)).body("totalItems", equalTo(5))
                .body("prev", nullValue()).extract().jsonPath();
        String next = first.getString("next");
        assertEquals(WORK_LIST + "?page=1&size=2", next);

        // the next link is path and query: the caller sends it to the host it used (the gateway keeps the path)
        JsonPath second = given().auth().oauth2(GatewayTokens.akimat(AKIMAT)).get(next).then().statusCode(200)
                .body("page", equalTo(1)).body("prev", equalTo(WORK_LIST + "?page=0&size=2")).extract().jsonPath();
        JsonPath last = given().auth().oauth2(GatewayTokens.akimat(AKIMAT)).get(second.getString("next")).then().statusCode(200)
                .body("next", nullValue()).extract().jsonPath();

        List<String> seen = new ArrayList<>(first.getList("items.number", String.class));
        seen.addAll(second.getList("items.number", String.class));
        seen.addAll(last.getList("items.number", String.class));
        assertEquals(numbers, seen, "every application once, by ready date");
    }

    @Test
    void theLastPageHasNoNextAndAPageBeyondItIsEmpty() {
        workList(Map.of("size", 5)).then().statusCode(200).body("items.number", contains(numbers.toArray()))
                .body("next", nullValue()).header("Link", nullValue());
        given().auth().oauth2(GatewayTokens.akimat(AKIMAT)).get(WORK_LIST + "?size=5&page=3").then().statusCode(200).body("items.size()", equalTo(0))
                .body("totalItems", equalTo(5)).body("prev", equalTo(WORK_LIST + "?page=0&size=5"));
    }

    @Test
    void theOverdueFilterIsAppliedBeforePaging() {
        workList(Map.of("overdue", true, "size", 2)).then().statusCode(200).body("totalItems", equalTo(3))
                .body("items.number", contains(numbers.get(0), numbers.get(1))).body("items.overdue", contains(true, true));
        workList(Map.of("overdue", false)).then().statusCode(200).body("totalItems", equalTo(2))
                .body("items.number", contains(numbers.get(3), numbers.get(4)));
        workList(Map.of("status", "UNDER_REVIEW", "overdue", true, "page", 1, "size", 2)).then().statusCode(200)
                .body("items.number", contains(numbers.get(2)));
    }

    @Test
    void aPageOrSizeThatIsNotANumberInRangeIs400NamingTheParameter() {
        workList(Map.of("page", "abc")).then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", contains("page"));
        workList(Map.of("page", -1, "size", 0)).then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", contains("page", "size"));
        workList(Map.of("size", 101)).then().statusCode(400).body("violations[0].field", equalTo("size"));
    }
}

package kz.gov.rehab.compensation.decision;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.stream.Collectors;
import kz.gov.rehab.commons.person.Iin;
import kz.gov.rehab.commons.testing.EgovGatewayResource;
import kz.gov.rehab.compensation.application.ApplicationStatus;
import kz.gov.rehab.compensation.application.CompensationApplication;
import kz.gov.rehab.compensation.support.Applicants;
import kz.gov.rehab.compensation.support.Callers;
import org.junit.jupiter.api.Test;

/** P3 under concurrency: the database lets exactly one of many simultaneous assignments for one person commit. */
@QuarkusTest
@QuarkusTestResource(value = EgovGatewayResource.class, restrictToAnnotatedClass = false)
class OnePaymentPerPersonConcurrencyTest {

    static final int APPLICATIONS = 50;

    @Test
    void fiftyConcurrentAssignmentsForOnePersonGiveExactlyOne_P3() throws Exception {
        Applicants.Person person = Applicants.SMAGULOV;
        Applicants.forget(person.iin());
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < APPLICATIONS; i++) {
            ids.add(given().header("Authorization", Callers.officer()).contentType(ContentType.JSON)
                    .body(person.form("2026-05-04")).post("/api/v1/compensations/applications")
                    .then().statusCode(201).extract().path("id"));
        }

        ExecutorService pool = Executors.newFixedThreadPool(APPLICATIONS);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> answers = new ArrayList<>();
        for (String id : ids) {
            String token = Callers.officer();
            Callable<Integer> assign = () -> {
                start.await();
                return given().header("Authorization", token).contentType(ContentType.JSON).body("{\"outcome\":\"ASSIGN\"}")
                        .post("/api/v1/compensations/applications/" + id + "/decision").then().extract().statusCode();
            };
            answers.add(pool.submit(assign));
        }
        start.countDown();
        List<Integer> statuses = new ArrayList<>();
        for (Future<Integer> answer : answers) {
            statuses.add(answer.get());
        }
        pool.shutdown();

        // every decision is answered: the first assigns, the others are refusals on record (ALREADY_COMPENSATED)
        // naming it; should two ever meet at the database's unique index, the later one gets 409
        Map<Integer, Long> byStatus = statuses.stream().collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        assertThat(byStatus.keySet()).isSubsetOf(200, 409);
        long holding = QuarkusTransaction.requiringNew().call(() -> CompensationApplication.count(
                "iin = ?1 and status in ?2", Iin.parse(person.iin()), ApplicationStatus.HOLDS_COMPENSATION));
        assertThat(holding).isEqualTo(1);
        long refusedAsPaid = QuarkusTransaction.requiringNew().call(() -> CompensationApplication.count(
                "iin = ?1 and status = ?2 and refusalReason = ?3", Iin.parse(person.iin()), ApplicationStatus.REFUSED,
                kz.gov.rehab.compensation.decision.RefusalReason.ALREADY_COMPENSATED));
        assertThat(refusedAsPaid + byStatus.getOrDefault(409, 0L)).isEqualTo(APPLICATIONS - 1);
    }
}

package kz.gov.rehab.certificate.issuance.rest;

import static io.restassured.RestAssured.given;
import static kz.gov.rehab.certificate.support.Intakes.SEITKALI;
import static kz.gov.rehab.certificate.support.Intakes.SEITKALI_ID_CARD;
import static kz.gov.rehab.certificate.support.Intakes.accepted;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import kz.gov.rehab.certificate.support.CertificateTables;
import kz.gov.rehab.certificate.support.GatewayTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Two officials of the akimat issuing the same application at once: one certificate, the other told the state. */
@QuarkusTest
class ConcurrentIssuanceTest {

    @Inject
    EntityManager em;

    @BeforeEach
    void noApplications() {
        CertificateTables.clean(em);
    }

    @Test
    void concurrentIssuesGiveOneCertificate_C8() throws Exception {
        String[] application = accepted(SEITKALI, SEITKALI_ID_CARD);
        String token = GatewayTokens.akimat(application[1]);
        Callable<Integer> issue = () -> given().auth().oauth2(token)
                .post("/api/v1/certificates/applications/" + application[0] + "/certificate").then().extract().statusCode();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Integer> statuses = Collections.synchronizedList(new ArrayList<>());
        try {
            List<Future<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                answers.add(pool.submit(issue));
            }
            for (Future<Integer> answer : answers) {
                statuses.add(answer.get());
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1, statuses.stream().filter(s -> s == 201).count(), statuses.toString());
        assertEquals(3, statuses.stream().filter(s -> s == 409).count(), statuses.toString());
        assertEquals(1, CertificateTables.count(em, "certificate WHERE provenance = 'SYSTEM'"));
    }
}

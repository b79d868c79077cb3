package kz.gov.rehab.compensation.report;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.UUID;
import kz.gov.rehab.commons.problem.ProblemExceptionMappers;
import kz.gov.rehab.commons.refusal.Refusal;
import kz.gov.rehab.commons.testing.EgovGatewayResource;
import kz.gov.rehab.commons.testing.TestPki;
import kz.gov.rehab.compensation.report.submission.ReportSubmission;
import kz.gov.rehab.compensation.report.submission.ReportSubmissions;
import kz.gov.rehab.compensation.support.Callers;
import org.junit.jupiter.api.Test;

/**
 * R2: the report's exact bytes signed with the Centre's key and submitted to the Ministry's endpoint of
 * the real gateway process, which verifies the signature, the chain against its trust anchor and the
 * certificate's validity; the Ministry's submission id or its refusal recorded with the report.
 */
@QuarkusTest
@QuarkusTestResource(value = EgovGatewayResource.class, restrictToAnnotatedClass = false)
class ReportSubmissionTest {

    static final String REPORTS = "/api/v1/compensations/reports";

    @Inject
    ReportSubmissions submissions;

    static String compiled() {
        return given().header("Authorization", Callers.centre()).accept("application/json")
                .post(REPORTS + "/home-schooling/2026-Q2").then().statusCode(201).extract().header("X-Report-Id");
    }

    @Test
    void signedReportAcceptedByTheMinistry_exactBytesReceived_R2() {
        String id = compiled();
        byte[] document = given().header("Authorization", Callers.centre()).accept("application/json")
                .get(REPORTS + "/" + id).then().statusCode(200).extract().asByteArray();

        String ministryId = given().header("Authorization", Callers.centre()).header("Idempotency-Key", "submit-" + id)
                .post(REPORTS + "/" + id + "/submissions").then().statusCode(201)
                .contentType("application/json")
                .body("outcome", equalTo("ACCEPTED"))
                .body("ministryStatus", equalTo(201))
                .body("ministrySubmissionId", notNullValue())
                .body("signer", containsString("CN=Labour Resources Development Centre"))
                .body("signatureAlgorithm", equalTo("SHA256withRSA"))
                // Q2 2026 was due on 2026-07-10
                .body("late", equalTo(true))
                .extract().path("ministrySubmissionId");

        // what the Ministry received is byte for byte what was compiled and stored
        byte[] received = given().header("X-Api-Key", "dev-key-ministry")
                .get(EgovGatewayResource.url() + "/ministry/v1/report-submissions/" + ministryId + "/document")
                .then().statusCode(200).extract().asByteArray();
        assertThat(received).isEqualTo(document);

        given().header("Authorization", Callers.auditor()).get(REPORTS + "/" + id + "/submissions").then().statusCode(200)
                .body("items", hasSize(1)).body("items[0].ministrySubmissionId", equalTo(ministryId));
        assertThat(eventsOf(UUID.fromString(id))).containsExactly("kz.gov.rehab-compensation.report.compiled",
                "kz.gov.rehab-compensation.report.submitted");
    }

    @Test
    void expiredCertificateRefusedByTheMinistry_recordedAndAnsweredAs422_R2() {
        QuarterlyReport report = report(compiled());
        Refusal refusal = catchThrowableOfType(Refusal.class,
                () -> submissions.submit(report, "labour-resources-centre", TestPki.shared().expiredCentre()));
        assertThat(ProblemExceptionMappers.status(refusal)).isEqualTo(422);
        assertThat(refusal.type()).endsWith("report-submission-refused");
        assertThat(refusal.extensions()).containsEntry("reason", "CERTIFICATE_NOT_VALID");

        List<ReportSubmission> recorded = QuarkusTransaction.requiringNew().call(() -> ReportSubmission.of(report.id));
        assertThat(recorded).singleElement().satisfies(s -> {
            assertThat(s.outcome).isEqualTo(ReportSubmission.Outcome.REFUSED);
            assertThat(s.refusalReason).isEqualTo("CERTIFICATE_NOT_VALID");
            assertThat(s.ministrySubmissionId).isNull();
        });
        assertThat(eventsOf(report.id)).endsWith("kz.gov.rehab-compensation.report.submission-refused");
    }

    @Test
    void certificateOfAnotherAuthorityRefused_R2() {
        QuarterlyReport report = report(compiled());
        Refusal refusal = catchThrowableOfType(Refusal.class,
                () -> submissions.submit(report, "labour-resources-centre", TestPki.shared().untrustedCentre()));
        assertThat(ProblemExceptionMappers.status(refusal)).isEqualTo(422);
        assertThat(refusal.extensions()).containsEntry("reason", "UNTRUSTED_SIGNER");
    }

    @Test
    void unknownReportOrWrongRole() {
        given().header("Authorization", Callers.centre()).post(REPORTS + "/" + UUID.randomUUID() + "/submissions")
                .then().statusCode(404).contentType("application/problem+json");
        given().header("Authorization", Callers.auditor()).post(REPORTS + "/" + UUID.randomUUID() + "/submissions")
                .then().statusCode(403).contentType("application/problem+json");
    }

    static QuarterlyReport report(String id) {
        return QuarkusTransaction.requiringNew().call(() -> QuarterlyReports.find(UUID.fromString(id)));
    }

    static List<String> eventsOf(UUID reportId) {
        return QuarkusTransaction.requiringNew().call(() -> CDI.current().select(EntityManager.class).get()
                .createNativeQuery("SELECT type FROM outbox_event WHERE application_id = :id ORDER BY seq", String.class)
                .setParameter("id", reportId).getResultList());
    }
}

package kz.gov.rehab.certificate.issuance.rest;

import static io.restassured.RestAssured.given;
import static kz.gov.rehab.certificate.support.Intakes.BRANCH;
import static kz.gov.rehab.certificate.support.Intakes.SEITKALI;
import static kz.gov.rehab.certificate.support.Intakes.SEITKALI_ID_CARD;
import static kz.gov.rehab.certificate.support.Intakes.accepted;
import static kz.gov.rehab.certificate.support.Intakes.body;
import static kz.gov.rehab.certificate.support.Intakes.certificate;
import static kz.gov.rehab.certificate.support.Intakes.submit;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import kz.gov.rehab.commons.time.ServiceClock;
import kz.gov.rehab.certificate.support.CertificateTables;
import kz.gov.rehab.certificate.support.GatewayTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Issuing the certificate and its duplicate (C8), hand-out, verification. */
@QuarkusTest
class IssuanceFlowTest {

    @Inject
    EntityManager em;

    @Inject
    ServiceClock clock;

    @Inject
    kz.gov.rehab.certificate.application.ServiceDeadline deadline;

    @Inject
    kz.gov.rehab.certificate.calendar.WorkingDayCalendar calendar;

    @BeforeEach
    void noApplications() {
        CertificateTables.clean(em);
    }

    private static String issue(String[] application) {
        return given().auth().oauth2(GatewayTokens.akimat(application[1]))
                .post("/api/v1/certificates/applications/" + application[0] + "/certificate")
                .then().statusCode(201).extract().path("number");
    }

    @Test
    void acceptedThenIssuedThenHandedOut_items6to8() {
        String[] application = accepted(SEITKALI, SEITKALI_ID_CARD);
        String number = given().auth().oauth2(GatewayTokens.akimat(application[1]))
                .post("/api/v1/certificates/applications/" + application[0] + "/certificate")
                .then().statusCode(201)
                .body("kind", equalTo("ORIGINAL"))
                .body("holderName", equalTo("Сейтқали Бекжан"))
                .body("holderIin", equalTo("3504******00"))
                .body("form", equalTo("PAPER")).body("fee", equalTo(0))
                .body("issuedOn", equalTo(clock.today().toString()))
                .body("number", matchesPattern(application[1] + "-" + clock.today().getYear() + "-\\d{6}"))
                .extract().path("number");
        given().auth().oauth2(GatewayTokens.stateCorporation(BRANCH))
                .post("/api/v1/certificates/applications/" + application[0] + "/hand-out")
                .then().statusCode(200).body("status", equalTo("HANDED_OUT")).body("handedOutOn", equalTo(clock.today().toString()));
        given().auth().oauth2(GatewayTokens.token("pension-fund", null, "monitoring"))
                .get("/api/v1/certificates/verification/" + number)
                .then().statusCode(200).body("result", equalTo("VALID")).body("holderIin", equalTo("3504******00"));
    }

    @Test
    void deadlineIsWatchedFromAcceptanceUntilTheResult_item5() {
        String[] application = accepted(SEITKALI, SEITKALI_ID_CARD);
        java.util.List<Object[]> watch = CertificateTables.deadlineWatch(em, application[0]);
        org.junit.jupiter.api.Assertions.assertEquals(1, watch.size());
        java.time.LocalDate ready = deadline.readyDate(clock.today()).date();
        java.time.ZoneId almaty = java.time.ZoneId.of("Asia/Almaty");
        // breached when the ready date has ended; approaching from 9:00 of the working day before it
        org.junit.jupiter.api.Assertions.assertEquals(ready.plusDays(1).atStartOfDay(almaty).toInstant(), instant(watch.get(0)[1]));
        org.junit.jupiter.api.Assertions.assertEquals(calendar.minusWorkingDays(ready, 1).atTime(9, 0).atZone(almaty).toInstant(),
                instant(watch.get(0)[0]));
        issue(application);
        org.junit.jupiter.api.Assertions.assertEquals(0, CertificateTables.deadlineWatch(em, application[0]).size());
    }

    private static java.time.Instant instant(Object value) {
        return value instanceof java.time.OffsetDateTime time ? time.toInstant()
                : value instanceof java.time.Instant instant ? instant : ((java.sql.Timestamp) value).toInstant();
    }

    @Test
    void duplicateAfterLossReplacesTheOriginal_C8() {
        String original = issue(accepted(SEITKALI, SEITKALI_ID_CARD));
        // a "second original" is accepted (C3) with the finding for the akimat, which cannot issue it (one original per person)
        var second = submit(certificate(SEITKALI, SEITKALI_ID_CARD)).statusCode(201).body("status", equalTo("UNDER_REVIEW"))
                .body("reviewFindings.code", org.hamcrest.Matchers.contains("certificate-already-issued")).extract();
        given().auth().oauth2(GatewayTokens.akimat(second.path("akimatCode")))
                .post("/api/v1/certificates/applications/" + second.path("number") + "/certificate")
                .then().statusCode(422).body("type", containsString("certificate-already-issued"));

        var duplicateApplication = submit(body("DUPLICATE", SEITKALI, SEITKALI_ID_CARD, true)).statusCode(201)
                .body("requested", equalTo("DUPLICATE")).extract();
        String duplicate = given().auth().oauth2(GatewayTokens.akimat(duplicateApplication.path("akimatCode")))
                .post("/api/v1/certificates/applications/" + duplicateApplication.path("number") + "/certificate")
                .then().statusCode(201).body("kind", equalTo("DUPLICATE")).body("originalNumber", equalTo(original))
                .extract().path("number");
        org.junit.jupiter.api.Assertions.assertEquals(original + "-D1", duplicate);

        String anyone = GatewayTokens.token("pension-fund", null, "monitoring");
        given().auth().oauth2(anyone).get("/api/v1/certificates/verification/" + original)
                .then().body("result", equalTo("REPLACED_BY_DUPLICATE")).body("replacedBy", equalTo(duplicate));
        given().auth().oauth2(anyone).get("/api/v1/certificates/verification/" + duplicate).then().body("result", equalTo("VALID"));
        given().auth().oauth2(anyone).get("/api/v1/certificates/verification/000000000-2026-000000").then().body("result", equalTo("UNKNOWN"));
    }

    @Test
    void issuingTwiceIsNotAllowed() {
        String[] application = accepted(SEITKALI, SEITKALI_ID_CARD);
        issue(application);
        given().auth().oauth2(GatewayTokens.akimat(application[1]))
                .post("/api/v1/certificates/applications/" + application[0] + "/certificate")
                .then().statusCode(409).contentType("application/problem+json").body("currentState", equalTo("ISSUED"));
    }

    @Test
    void handOutBeforeAResultIsNotAllowed() {
        String[] application = accepted(SEITKALI, SEITKALI_ID_CARD);
        given().auth().oauth2(GatewayTokens.stateCorporation(BRANCH))
                .post("/api/v1/certificates/applications/" + application[0] + "/hand-out")
                .then().statusCode(409).contentType("application/problem+json").body("currentState", equalTo("UNDER_REVIEW"));
    }
}

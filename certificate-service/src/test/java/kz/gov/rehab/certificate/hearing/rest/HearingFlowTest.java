package kz.gov.rehab.certificate.hearing.rest;

import static io.restassured.RestAssured.given;
import static kz.gov.rehab.certificate.support.Intakes.ISKAKOV;
import static kz.gov.rehab.certificate.support.Intakes.ISKAKOV_ID_CARD;
import static kz.gov.rehab.certificate.support.Intakes.KIM;
import static kz.gov.rehab.certificate.support.Intakes.KIM_ID_CARD;
import static kz.gov.rehab.certificate.support.Intakes.accepted;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import kz.gov.rehab.commons.time.ServiceClock;
import kz.gov.rehab.certificate.support.CertificateTables;
import kz.gov.rehab.certificate.support.GatewayTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Review by the akimat: no refusal without a hearing (C7, para 12), own applications only (C6). */
@QuarkusTest
class HearingFlowTest {

    @Inject
    EntityManager em;

    @Inject
    ServiceClock clock;

    @BeforeEach
    void noApplications() {
        CertificateTables.clean(em);
    }

    private String preliminaryRefusal(LocalDate hearingOn) {
        // a hearing today is scheduled a few minutes after the notice; a later day at 11:00
        LocalDateTime at = hearingOn.equals(clock.today()) ? clock.now().toLocalDateTime().plusMinutes(5).withSecond(0).withNano(0)
                : hearingOn.atTime(11, 0);
        return """
                {"ground":"UNRELIABLE_DOCUMENTS_OR_DATA","details":"The reference is not in the rehabilitation register",
                 "noticeWay":"VIDEOCONFERENCE","scheduledAt":"%s","place":"Akimat, room 305 / video link"}""".formatted(at);
    }

    /** A hearing held today, starting a minute after now (so after the notice just given). */
    private String hearingRecord(LocalDate heldOn) {
        LocalTime start = clock.now().toLocalTime().plusMinutes(1).withSecond(0).withNano(0);
        return hearingRecord(heldOn, start);
    }

    private String hearingRecord(LocalDate heldOn, LocalTime startedAt) {
        return """
                {"heldOn":"%s","startedAt":"%s","endedAt":"%s","place":"Akimat, room 305 / video link",
                 "body":"Akimat","official":"Head of department Б. Сейітов","participant":"The applicant",
                 "question":"Preliminary refusal: reference not in the register","statements":"The applicant insists the reference is authentic",
                 "questionsAndAnswers":"Q: original? A: lost","factsToRecord":"The applicant asked to record that the archive was flooded"}"""
                .formatted(heldOn, startedAt, kz.gov.rehab.certificate.support.HearingTimes.endingAfter(startedAt, 1));
    }

    @Test
    void preliminaryRefusalThenHearingThenRefusal_item11_para12() {
        String[] application = accepted(ISKAKOV, ISKAKOV_ID_CARD);
        String akimat = GatewayTokens.akimat(application[1]);
        String path = "/api/v1/certificates/applications/" + application[0];
        LocalDate today = clock.today();

        given().auth().oauth2(akimat).contentType("application/json").body(preliminaryRefusal(today))
                .post(path + "/preliminary-refusal").then().statusCode(200)
                .body("ground", equalTo("UNRELIABLE_DOCUMENTS_OR_DATA")).body("notifiedOn", equalTo(today.toString()));
        given().auth().oauth2(akimat).contentType("application/json").body(hearingRecord(today))
                .post(path + "/hearing").then().statusCode(200)
                .body("factsToRecord", equalTo("The applicant asked to record that the archive was flooded"));
        given().auth().oauth2(akimat).contentType("application/json").body("{\"reason\":\"No other evidence of rehabilitation\"}")
                .post(path + "/refusal").then().statusCode(200)
                .body("status", equalTo("REFUSED")).body("refusalGround", equalTo("UNRELIABLE_DOCUMENTS_OR_DATA"));

        given().auth().oauth2(akimat).get(path).then().statusCode(200)
                .body("status", equalTo("REFUSED")).body("decision", equalTo("REFUSED"))
                .body("stages.stage", contains("submitted", "accepted", "routed", "hearing-scheduled", "hearing-held", "refused"));
        assertEquals(List.of("submitted", "accepted", "routed", "hearing-scheduled", "hearing-held", "refused").stream()
                .map(s -> "kz.gov.rehab-certificate.application." + s).toList(), CertificateTables.eventTypes(em, application[0]));
    }

    @Test
    void refusalWithoutHearingIsNotAllowed_para12() {
        String[] application = accepted(ISKAKOV, ISKAKOV_ID_CARD);
        given().auth().oauth2(GatewayTokens.akimat(application[1])).contentType("application/json").body("{\"reason\":\"x\"}")
                .post("/api/v1/certificates/applications/" + application[0] + "/refusal")
                .then().statusCode(409).contentType("application/problem+json")
                .body("currentState", equalTo("UNDER_REVIEW"))
                .body("detail", org.hamcrest.Matchers.containsString("UNDER_REVIEW"));
    }

    @Test
    void hearingLaterThanTheTimetableIsAWarningNeverABlock_para12() {
        String[] application = accepted(ISKAKOV, ISKAKOV_ID_CARD);
        given().auth().oauth2(GatewayTokens.akimat(application[1])).contentType("application/json")
                .body(preliminaryRefusal(clock.today().plusDays(30)))
                .post("/api/v1/certificates/applications/" + application[0] + "/preliminary-refusal")
                .then().statusCode(200).body("timetableWarnings", hasItem(containsString("the hearing is due by")));
        given().auth().oauth2(GatewayTokens.akimat(application[1])).get("/api/v1/certificates/applications/" + application[0])
                .then().body("status", equalTo("HEARING_SCHEDULED"));
    }

    @Test
    void hearingRecordDatedBeforeTheNoticeIsRefused_para12() {
        String[] application = accepted(ISKAKOV, ISKAKOV_ID_CARD);
        String akimat = GatewayTokens.akimat(application[1]);
        String path = "/api/v1/certificates/applications/" + application[0];
        given().auth().oauth2(akimat).contentType("application/json").body(preliminaryRefusal(clock.today()))
                .post(path + "/preliminary-refusal").then().statusCode(200);
        given().auth().oauth2(akimat).contentType("application/json").body(hearingRecord(clock.today().minusDays(1), LocalTime.of(11, 0)))
                .post(path + "/hearing").then().statusCode(422).contentType("application/problem+json")
                .body("type", containsString("hearing-before-notice"));
        given().auth().oauth2(akimat).get(path).then().body("status", equalTo("HEARING_SCHEDULED"))
                .body("stages.stage", not(hasItem("hearing-held")));
    }

    @Test
    void unknownRefusalGroundIsRefused_item11() {
        String[] application = accepted(ISKAKOV, ISKAKOV_ID_CARD);
        given().auth().oauth2(GatewayTokens.akimat(application[1])).contentType("application/json")
                .body(preliminaryRefusal(clock.today()).replace("UNRELIABLE_DOCUMENTS_OR_DATA", "APPLICANT_IS_RUDE"))
                .post("/api/v1/certificates/applications/" + application[0] + "/preliminary-refusal")
                .then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void akimatSeesOnlyItsOwnApplications_item3() {
        String[] astana = accepted(ISKAKOV, ISKAKOV_ID_CARD);
        String[] almaty = accepted(KIM, KIM_ID_CARD);
        org.junit.jupiter.api.Assumptions.assumeFalse(astana[1].equals(almaty[1]));
        given().auth().oauth2(GatewayTokens.akimat(astana[1])).get("/api/v1/certificates/applications")
                .then().statusCode(200).body("items.number", hasItem(astana[0])).body("items.number", not(hasItem(almaty[0])));
        given().auth().oauth2(GatewayTokens.akimat(astana[1])).get("/api/v1/certificates/applications/" + almaty[0])
                .then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(GatewayTokens.akimat(astana[1])).contentType("application/json").body(preliminaryRefusal(clock.today()))
                .post("/api/v1/certificates/applications/" + almaty[0] + "/preliminary-refusal")
                .then().statusCode(404);
    }

    @Test
    void workListIsOrderedByReadyDateAndFiltersByStatus() {
        String[] application = accepted(ISKAKOV, ISKAKOV_ID_CARD);
        given().auth().oauth2(GatewayTokens.akimat(application[1])).queryParam("status", "UNDER_REVIEW")
                .get("/api/v1/certificates/applications").then().statusCode(200)
                .body("items.number", hasItem(application[0])).body("items[0].overdue", equalTo(false));
        given().auth().oauth2(GatewayTokens.akimat(application[1])).queryParam("status", "ISSUED")
                .get("/api/v1/certificates/applications").then().statusCode(200).body("items.number", not(hasItem(application[0])));
    }

    @Test
    void aStaleIfMatchIs412VersionMismatchAndTheETagOfTheReadIsTheOneThatPasses() {
        String[] application = accepted(ISKAKOV, ISKAKOV_ID_CARD);
        String akimat = GatewayTokens.akimat(application[1]);
        String path = "/api/v1/certificates/applications/" + application[0];
        String etag = given().auth().oauth2(akimat).get(path).then().statusCode(200)
                .header("ETag", matchesPattern("\"\\d+\"")).extract().header("ETag");
        long version = Long.parseLong(etag.replace("\"", ""));

        given().auth().oauth2(akimat).header("If-Match", "\"" + (version + 7) + "\"").contentType("application/json")
                .body(preliminaryRefusal(clock.today())).post(path + "/preliminary-refusal")
                .then().statusCode(412).contentType("application/problem+json")
                .body("type", equalTo("https://rehab.gov.kz/problems/version-mismatch"))
                .body("currentState", equalTo("UNDER_REVIEW")).body("currentVersion", equalTo((int) version));
        given().auth().oauth2(akimat).get(path).then().body("status", equalTo("UNDER_REVIEW")).header("ETag", etag);

        given().auth().oauth2(akimat).header("If-Match", etag).contentType("application/json")
                .body(preliminaryRefusal(clock.today())).post(path + "/preliminary-refusal").then().statusCode(200);
        given().auth().oauth2(akimat).get(path).then().body("status", equalTo("HEARING_SCHEDULED"))
                .header("ETag", not(etag));
        given().auth().oauth2(akimat).get(path + "/hearing").then().statusCode(200).header("ETag", matchesPattern("\"\\d+\""));
    }
}

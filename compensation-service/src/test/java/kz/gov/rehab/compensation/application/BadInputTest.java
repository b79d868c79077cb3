package kz.gov.rehab.compensation.application;

import static io.restassured.RestAssured.given;
import static kz.gov.rehab.compensation.support.Applicants.OMAROVA;
import static kz.gov.rehab.compensation.support.Applicants.applicationsOf;
import static kz.gov.rehab.compensation.support.Applicants.forget;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import kz.gov.rehab.commons.testing.EgovGatewayResource;
import kz.gov.rehab.compensation.support.Callers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Refused input: every case is a 4xx application/problem+json naming the field, never a 500, and
 * nothing is written (the applicant has no application afterwards).
 */
@QuarkusTest
@QuarkusTestResource(value = EgovGatewayResource.class, restrictToAnnotatedClass = false)
class BadInputTest {

    static ValidatableResponse submit(String body) {
        return given().header("Authorization", Callers.officer()).contentType(ContentType.JSON).body(body)
                .post("/api/v1/compensations/applications").then();
    }

    static void refusedOnField(String body, int status, String field) {
        submit(body).statusCode(status).contentType("application/problem+json")
                .body("status", equalTo(status))
                .body("violations.field", hasItem(field));
    }

    @BeforeEach
    void noApplicationYet() {
        forget(OMAROVA.iin());
    }

    @AfterEach
    void nothingWritten() {
        assertThat(applicationsOf(OMAROVA.iin())).isZero();
    }

    @Test
    void iinWithAWrongCheckDigitIsRefused_domainPara4() {
        refusedOnField(OMAROVA.form("2026-05-04", "\"iin\":\"380922499016\""), 400, "iin");
    }

    @Test
    void ibanFailingTheMod97CheckIsRefused_iso13616() {
        refusedOnField(OMAROVA.form("2026-05-04", "\"bankAccount\":{\"iban\":\"KZ20601KZT0000000001\",\"bank\":\"Halyk Bank\"}"),
                400, "bankAccount.iban");
        refusedOnField(OMAROVA.form("2026-05-04", "\"bankAccount\":{\"iban\":\"DE89370400440532013000\",\"bank\":\"Halyk Bank\"}"),
                400, "bankAccount.iban");
    }

    @Test
    void ibanOfABankNotInTheDirectoryIsRefused() {
        refusedOnField(OMAROVA.form("2026-05-04", "\"bankAccount\":{\"iban\":\"KZ60999KZT0000000001\",\"bank\":\"Halyk Bank\"}"),
                400, "bankAccount.iban");
    }

    @Test
    void bankNamedOnTheFormMustBeTheIbansBank() {
        refusedOnField(OMAROVA.form("2026-05-04", "\"bankAccount\":{\"iban\":\"KZ19601KZT0000000001\",\"bank\":\"Kaspi Bank\"}"),
                400, "bankAccount.bank");
    }

    @Test
    void bothConsentsAreRequired_appendix1() {
        refusedOnField(OMAROVA.form("2026-05-04", "\"consentToPersonalDataProcessing\":false"), 400,
                "consentToPersonalDataProcessing");
        refusedOnField(OMAROVA.form("2026-05-04", "\"consentToUseOfProtectedSecrets\":null"), 400,
                "consentToUseOfProtectedSecrets");
    }

    @Test
    void groundsAreRequiredWhenAPaymentInAnotherRepublicIsDeclared_appendix1() {
        refusedOnField(OMAROVA.form("2026-05-04", "\"paymentInAnotherRepublic\":{\"received\":true}"), 400,
                "paymentInAnotherRepublic.groundsGivenWhenReceived");
    }

    @Test
    void malformedJsonAndUnknownEnumValuesAreRefused() {
        submit("{\"iin\":\"380922499015\",").statusCode(400).contentType("application/problem+json");
        submit(OMAROVA.form("2026-05-04", "\"receivedBenefits\":[\"LOTTERY_WIN\"]")).statusCode(400)
                .contentType("application/problem+json");
        submit(OMAROVA.form("2026-05-04", "\"identityDocument\":{\"type\":\"LIBRARY_CARD\",\"number\":\"1\",\"issuer\":\"x\"}"))
                .statusCode(400).contentType("application/problem+json");
    }

    @Test
    void absurdDatesAreRefused() {
        refusedOnField(OMAROVA.form("1990-01-01"), 400, "acceptedOn");
        refusedOnField(OMAROVA.form("2099-01-01"), 400, "acceptedOn");
        refusedOnField(OMAROVA.form("2026-05-04", "\"birthDate\":\"1812-01-01\""), 400, "birthDate");
        refusedOnField(OMAROVA.form("2026-05-04", "\"applicationDate\":\"2026-05-05\""), 400, "applicationDate");
        refusedOnField(OMAROVA.form("2026-05-04", "\"surname\":\"" + "А".repeat(101) + "\""), 400, "surname");
    }

    @Test
    void negativeOrAbsurdBatchSizesAreRefused() {
        for (String size : new String[] {"-1", "0", "1000000"}) {
            given().header("Authorization", Callers.paymentOperator("operator-maker")).contentType(ContentType.JSON)
                    .body("{\"maxItems\":" + size + "}").post("/api/v1/compensations/payout-batches")
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("violations.field", hasItem("maxItems"));
        }
    }

    @Test
    void refusalWithoutAReasonOfTheDocumentedListIsRefused() {
        String unknown = "00000000-0000-0000-0000-000000000000";
        given().header("Authorization", Callers.officer()).contentType(ContentType.JSON)
                .body("{\"outcome\":\"REFUSE\",\"refusalReason\":\"DISLIKED\",\"grounds\":\"x\"}")
                .post("/api/v1/compensations/applications/" + unknown + "/decision").then().statusCode(400)
                .contentType("application/problem+json");
        given().header("Authorization", Callers.officer()).contentType(ContentType.JSON)
                .body("{\"outcome\":\"REFUSE\"}")
                .post("/api/v1/compensations/applications/" + unknown + "/decision").then().statusCode(400)
                .contentType("application/problem+json");
        given().header("Authorization", Callers.officer()).contentType(ContentType.JSON)
                .body("{\"outcome\":\"ASSIGN\"}")
                .post("/api/v1/compensations/applications/" + unknown + "/decision").then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void onlyCompensationOfficersAcceptApplications() {
        given().header("Authorization", Callers.paymentOperator("operator-maker")).contentType(ContentType.JSON)
                .body(OMAROVA.form("2026-05-04")).post("/api/v1/compensations/applications").then().statusCode(403);
        given().contentType(ContentType.JSON).body(OMAROVA.form("2026-05-04"))
                .post("/api/v1/compensations/applications").then().statusCode(401);
    }
}

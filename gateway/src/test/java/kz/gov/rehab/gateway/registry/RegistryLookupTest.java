package kz.gov.rehab.gateway.registry;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;

/** The registries of docs/law.md §5 answer for the named fixtures, as the services will ask them. */
@QuarkusTest
class RegistryLookupTest {

    private static RequestSpecification asCertificateService(String caseId) {
        return given().header("X-Api-Key", ApiKeys.CERTIFICATE_SERVICE).header("X-Road-Issue", caseId);
    }

    @Test
    void personWithoutPatronymic_C1PatronymicIfAny() {
        asCertificateService("CERT-T-1").get("/egov/v1/persons/" + Fixtures.NO_PATRONYMIC)
                .then().statusCode(200)
                .body("iin", equalTo(Fixtures.NO_PATRONYMIC))
                .body("surname", equalTo("Сейтқали"))
                .body("patronymic", nullValue())
                .body("lifeStatus", equalTo("ALIVE"))
                .body("identityDocuments[0].type", equalTo("ID_CARD"));
    }

    @Test
    void expiredIdentityCardIsReportedWithItsExpiryDate_C3() {
        asCertificateService("CERT-T-2").get("/egov/v1/persons/" + Fixtures.EXPIRED_ID_CARD)
                .then().statusCode(200)
                .body("identityDocuments[0].expiresOn", equalTo("2025-03-09"));
    }

    @Test
    void deceasedPersonHasLifeStatusAndDateOfDeath() {
        asCertificateService("CERT-T-3").get("/egov/v1/persons/" + Fixtures.DECEASED)
                .then().statusCode(200)
                .body("lifeStatus", equalTo("DECEASED"))
                .body("deathDate", equalTo("2024-02-11"));
    }

    @Test
    void representativeHasIdCardAndPassport() {
        asCertificateService("CERT-T-4").get("/egov/v1/persons/" + Fixtures.REPRESENTATIVE)
                .then().statusCode(200)
                .body("identityDocuments", hasSize(2));
    }

    @Test
    void competentAkimatOfAKatoCodeWrittenOnAForm_C6() {
        // a settlement in Almaty, a town of the Burabay district, a city district of Karaganda
        given().header("X-Api-Key", ApiKeys.CERTIFICATE_SERVICE).queryParam("kato", "751110000")
                .get("/egov/v1/akimats/competent").then().statusCode(200).body("code", equalTo("750000000"));
        given().header("X-Api-Key", ApiKeys.CERTIFICATE_SERVICE).queryParam("kato", "112030000")
                .get("/egov/v1/akimats/competent").then().statusCode(200).body("code", equalTo("112000000"));
        given().header("X-Api-Key", ApiKeys.CERTIFICATE_SERVICE).queryParam("kato", "351500100")
                .get("/egov/v1/akimats/competent").then().statusCode(200).body("code", equalTo("351500000"));
        given().header("X-Api-Key", ApiKeys.CERTIFICATE_SERVICE).queryParam("kato", "000000001")
                .get("/egov/v1/akimats/competent").then().statusCode(404).contentType("application/problem+json");
        given().header("X-Api-Key", ApiKeys.CERTIFICATE_SERVICE).queryParam("kato", "75")
                .get("/egov/v1/akimats/competent").then().statusCode(400).contentType("application/problem+json");
        given().header("X-Api-Key", ApiKeys.AKIMAT_ASTANA).queryParam("kato", "751110000")
                .get("/egov/v1/akimats/competent").then().statusCode(403);
    }

    @Test
    void unknownIinIsNotFound() {
        asCertificateService("CERT-T-5").get("/egov/v1/persons/" + Fixtures.UNKNOWN)
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("status", equalTo(404));
    }

    @Test
    void invalidIinCheckDigitIsRefused_para4Iin() {
        asCertificateService("CERT-T-6").get("/egov/v1/persons/330707399061")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("detail", equalTo("Invalid IIN: the check digit of the IIN does not match."));
    }

    @Test
    void competentAkimatOfAstanaAddressIsTheCityAkimat_C6() {
        asCertificateService("CERT-T-7").get("/egov/v1/addresses/" + Fixtures.MONTHS_24)
                .then().statusCode(200)
                .body("settlement.katoCode", equalTo("711110000"))
                .body("competentAkimat.code", equalTo("710000000"))
                .body("competentAkimat.kind", equalTo("CITY_OF_REPUBLICAN_SIGNIFICANCE"));
    }

    @Test
    void competentAkimatOfDistrictAddressIsTheDistrictAkimat_C6() {
        asCertificateService("CERT-T-8").get("/egov/v1/addresses/" + Fixtures.DISTRICT_RESIDENT)
                .then().statusCode(200)
                .body("district.katoCode", equalTo("112000000"))
                .body("competentAkimat.code", equalTo("112000000"))
                .body("competentAkimat.kind", equalTo("DISTRICT"));
    }

    @Test
    void competentAkimatOfCityOfRegionalSignificance_C6() {
        asCertificateService("CERT-T-9").get("/egov/v1/addresses/" + Fixtures.SUFFERED_CHILD)
                .then().statusCode(200)
                .body("district", nullValue())
                .body("competentAkimat.code", equalTo("351500000"))
                .body("competentAkimat.kind", equalTo("CITY_OF_REGIONAL_SIGNIFICANCE"));
        asCertificateService("CERT-T-9").get("/egov/v1/addresses/" + Fixtures.SHYMKENT_RESIDENT)
                .then().statusCode(200)
                .body("competentAkimat.code", equalTo("790000000"));
    }

    @Test
    void personWithoutRegisteredAddressIsNotFoundInAddressRegister() {
        asCertificateService("CERT-T-10").get("/egov/v1/addresses/" + Fixtures.NO_ADDRESS)
                .then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void rehabilitationRecordWith24Months() {
        given().header("X-Api-Key", ApiKeys.COMPENSATION_SERVICE).header("X-Road-Issue", "COMP-T-1")
                .get("/egov/v1/rehabilitation-records/" + Fixtures.MONTHS_24)
                .then().statusCode(200)
                .body("records", hasSize(1))
                .body("records[0].months", equalTo(24))
                .body("records[0].category", equalTo("REPRESSED"))
                .body("records[0].referenceNumber", equalTo("R-1999-099007"))
                .body("records[0].issuingBody", notNullValue());
    }

    @Test
    void rehabilitationRecordWith200MonthsAboveTheCap() {
        given().header("X-Api-Key", ApiKeys.COMPENSATION_SERVICE).header("X-Road-Issue", "COMP-T-2")
                .get("/egov/v1/rehabilitation-records/" + Fixtures.MONTHS_200)
                .then().statusCode(200)
                .body("records[0].months", equalTo(200));
    }

    @Test
    void childWhoSufferedFromRepressionsHasItsOwnCategory() {
        given().header("X-Api-Key", ApiKeys.COMPENSATION_SERVICE).header("X-Road-Issue", "COMP-T-3")
                .get("/egov/v1/rehabilitation-records/" + Fixtures.SUFFERED_CHILD)
                .then().statusCode(200)
                .body("records[0].category", equalTo("SUFFERED_FROM_REPRESSIONS"));
    }

    @Test
    void compensationPaidBeforeTheSystemIsInTheRegisterOfPayments_P3() {
        given().header("X-Api-Key", ApiKeys.COMPENSATION_SERVICE).header("X-Road-Issue", "COMP-T-5")
                .get("/egov/v1/compensation-payments/340505399133")
                .then().statusCode(200)
                .body("payments", hasSize(1))
                .body("payments[0].paidOn", equalTo("2019-06-14"))
                .body("payments[0].decisionReference", notNullValue());
        given().header("X-Api-Key", ApiKeys.COMPENSATION_SERVICE).header("X-Road-Issue", "COMP-T-6")
                .get("/egov/v1/compensation-payments/" + Fixtures.MONTHS_24)
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void personWithoutRehabilitationRecordIsNotFound() {
        given().header("X-Api-Key", ApiKeys.COMPENSATION_SERVICE).header("X-Road-Issue", "COMP-T-4")
                .get("/egov/v1/rehabilitation-records/" + Fixtures.NO_REHABILITATION_RECORD)
                .then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void syntheticPopulationIsServed() {
        // the first person of the deterministic population (SyntheticPopulationTest pins the generator)
        String first = kz.gov.rehab.gateway.registry.population.SyntheticPopulationTest.firstIin();
        asCertificateService("LOAD-1").get("/egov/v1/persons/" + first)
                .then().statusCode(200)
                .body("iin", equalTo(first));
    }
}

package kz.gov.rehab.compensation.homeschooling;

import static io.restassured.RestAssured.given;
import static kz.gov.rehab.compensation.support.Applicants.applicationsOf;
import static kz.gov.rehab.compensation.support.Applicants.forget;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import kz.gov.rehab.commons.testing.EgovGatewayResource;
import kz.gov.rehab.compensation.support.Callers;
import kz.gov.rehab.compensation.support.Families;
import kz.gov.rehab.compensation.support.OutboxEvents;
import kz.gov.rehab.compensation.support.HomeSchoolingRates;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The home-schooling reimbursement on the engine's shared machinery, through the REST API with the
 * applicant and the child read from the real gateway process, on the real PostgreSQL: applied for,
 * assigned for the months of the conclusion, paid in monthly instalments by payout batches.
 */
@QuarkusTest
@QuarkusTestResource(value = EgovGatewayResource.class, restrictToAnnotatedClass = false)
class HomeSchoolingReimbursementTest {

    static final String HOME_SCHOOLING = "/api/v1/compensations/home-schooling/applications";
    static final String APPLICATIONS = "/api/v1/compensations/applications";
    static final String BATCHES = "/api/v1/compensations/payout-batches";

    static ValidatableResponse apply(String form) {
        return given().header("Authorization", Callers.officer()).contentType(ContentType.JSON).body(form)
                .post(HOME_SCHOOLING).then();
    }

    static ValidatableResponse assign(String id) {
        return given().header("Authorization", Callers.officer()).contentType(ContentType.JSON)
                .body("{\"outcome\":\"ASSIGN\"}").post(APPLICATIONS + "/" + id + "/decision").then();
    }

    static JsonPath batch() {
        return given().header("Authorization", Callers.paymentOperator("operator-maker")).contentType(ContentType.JSON)
                .body("{\"programme\":\"HOME_SCHOOLING_REIMBURSEMENT\",\"maxItems\":1000}").post(BATCHES)
                .then().statusCode(201).body("programme", equalTo("HOME_SCHOOLING_REIMBURSEMENT")).extract().jsonPath();
    }

    static void approveAndSend(String batchId) {
        given().header("Authorization", Callers.paymentOperator("operator-checker")).post(BATCHES + "/" + batchId + "/approval")
                .then().statusCode(200);
        given().header("Authorization", Callers.paymentOperator("operator-maker")).post(BATCHES + "/" + batchId + "/sending")
                .then().statusCode(200).body("status", equalTo("SENT"));
    }

    /** The bank's answer for every item of the batch: FAILED for the given end-to-end ids, PAID for the others. */
    static void bankAnswers(JsonPath batch, String... failing) {
        StringBuilder results = new StringBuilder();
        for (Map<String, Object> item : batch.<Map<String, Object>>getList("items")) {
            boolean fails = List.of(failing).contains(item.get("endToEndId"));
            results.append(results.length() > 0 ? "," : "").append("{\"endToEndId\":\"").append(item.get("endToEndId"))
                    .append("\",\"outcome\":\"").append(fails ? "FAILED\",\"reason\":\"account closed\"}" : "PAID\"}");
        }
        given().header("Authorization", Callers.paymentOperator("operator-maker")).contentType(ContentType.JSON)
                .body("{\"results\":[" + results + "]}").post(BATCHES + "/" + batch.getString("id") + "/bank-statement")
                .then().statusCode(200).body("status", equalTo("SETTLED"));
    }

    static List<String> monthsOf(JsonPath batch, String applicationId) {
        return batch.getList("items.findAll { it.applicationId == '" + applicationId + "' }.periodMonth");
    }

    @BeforeEach
    void testRatesInEveryRegion() {
        HomeSchoolingRates.everyRegion();
    }

    @Test
    void assignedForTheConclusionsMonthsFromFiling_atTheTerritorysRate_paidInMonthlyInstalments() {
        forget(Families.ISKAKOV_MURAT.iin());
        String id = apply(Families.ISKAKOVA.form(Families.ISKAKOV_MURAT, "2025-09-01", "2026-05-31", "2026-01-12"))
                .statusCode(201)
                .body("programme", equalTo("HOME_SCHOOLING_REIMBURSEMENT"))
                .body("status", equalTo("DATA_CHECKED"))
                .body("mismatches", empty())
                .body("rehabilitation", equalTo(null))
                .body("homeSchooling.periodFrom", equalTo("2026-01"))
                .body("homeSchooling.periodTo", equalTo("2026-05"))
                .body("homeSchooling.months", equalTo(5))
                .body("homeSchooling.details.childInRegistry.surname", equalTo("Исқақов"))
                .body("homeSchooling.details.conclusion.number", equalTo("PMPK-2025-118"))
                .body("region.katoCode", equalTo("110000000"))
                .extract().path("id");

        assign(id).statusCode(200)
                .body("status", equalTo("ASSIGNED"))
                // the test rate of the child's region: 6 MRP × 4,325 KZT (2026) = 25,950.00 a month, 5 months
                .body("decision.amount.amount", equalTo("129750.00"))
                .body("homeSchooling.instalment.amount", equalTo("25950.00"))
                .body("decision.amountBasis.mrpPerMonth", equalTo(6.0f));

        // every instalment has fallen due (first day of its month): one payment per month
        JsonPath first = batch();
        assertThat(monthsOf(first, id)).containsExactly("2026-01", "2026-02", "2026-03", "2026-04", "2026-05");
        assertThat(first.getList("items.findAll { it.applicationId == '" + id + "' }.amount.amount", String.class))
                .containsOnly("25950.00");
        String march = first.getString("items.find { it.applicationId == '" + id + "' && it.periodMonth == '2026-03' }.endToEndId");
        assertThat(march).endsWith("-202603-1");
        approveAndSend(first.getString("id"));
        bankAnswers(first, march);

        // the award stays assigned while its instalments are paid; the failed month is gathered again
        given().header("Authorization", Callers.officer()).get(APPLICATIONS + "/" + id).then().statusCode(200)
                .body("status", equalTo("ASSIGNED"));
        JsonPath second = batch();
        assertThat(monthsOf(second, id)).containsExactly("2026-03");
        assertThat(second.getString("items.find { it.applicationId == '" + id + "' }.endToEndId")).endsWith("-202603-2");
        approveAndSend(second.getString("id"));
        bankAnswers(second);

        // each instalment paid is one status event naming its month; the failed one is an event too
        assertThat(OutboxEvents.typesOf(UUID.fromString(id)).stream().filter(type -> type.endsWith("payout.paid")))
                .hasSize(5);
        assertThat(OutboxEvents.dataOf(UUID.fromString(id))).anySatisfy(data -> assertThat(data)
                .contains("\"stage\": \"payment-failed\"").contains("\"periodMonth\": \"2026-03\""));
    }

    @Test
    void territoryWithoutAMaslikhatRateGetsNoInventedAmount_R() {
        HomeSchoolingRates.clear();
        forget(Families.ISKAKOV_MURAT.iin());
        String id = apply(Families.ISKAKOVA.form(Families.ISKAKOV_MURAT, "2025-09-01", "2026-05-31", "2026-01-12"))
                .statusCode(201)
                .body("status", equalTo("AWAITING_DECISION"))
                .body("pendingReasons", hasItem(org.hamcrest.Matchers.containsString("no rate of HOME_SCHOOLING_REIMBURSEMENT")))
                .extract().path("id");
        assign(id).statusCode(409).contentType("application/problem+json").body("policy", equalTo("AmountInForce"));

        // the maslikhat of the child's district decides a rate: it applies before the region's
        HomeSchoolingRates.everyRegion();
        String settlement = given().header("Authorization", Callers.officer()).get(APPLICATIONS + "/" + id).then()
                .extract().path("homeSchooling.details.childAddress.katoCode");
        HomeSchoolingRates.enter(settlement.substring(0, 4) + "00000", "Test district", "DISTRICT", new java.math.BigDecimal("4"),
                java.time.LocalDate.of(2026, 1, 1));
        given().header("Authorization", Callers.officer()).contentType(ContentType.JSON)
                .body("{\"outcome\":\"ASSIGN\",\"grounds\":\"The district maslikhat's rate is now in force\"}")
                .post(APPLICATIONS + "/" + id + "/decision").then().statusCode(200)
                .body("homeSchooling.instalment.amount", equalTo("17300.00")).body("decision.amountBasis.mrpPerMonth", equalTo(4.0f));
    }

    @Test
    void oneReimbursementPerChildAndMonth_secondOverlappingAwardRefused() {
        forget(Families.YERMEKOV_BOLAT.iin());
        String first = apply(Families.SEITKALI.form(Families.YERMEKOV_BOLAT, "2026-02-01", "2026-04-30", "2026-02-02"))
                .statusCode(201).body("status", equalTo("DATA_CHECKED")).extract().path("id");
        assign(first).statusCode(200);
        String number = given().header("Authorization", Callers.officer()).get(APPLICATIONS + "/" + first).then()
                .extract().path("number");

        // the other parent applies for the same child for months that overlap
        String second = apply(Families.KUZNETSOVA.form(Families.YERMEKOV_BOLAT, "2026-04-01", "2026-06-30", "2026-04-03"))
                .statusCode(201).extract().path("id");
        // the decision is a reasoned refusal on record, naming the other award
        assign(second).statusCode(200).body("status", equalTo("REFUSED"))
                .body("decision.refusalReason", equalTo("ALREADY_REIMBURSED"))
                .body("decision.refusalDetail", org.hamcrest.Matchers.containsString(number));
    }

    @Test
    void deceasedChildNotAssigned_refusedOnThatGround() {
        forget(Families.OMAROV_TIMUR.iin());
        String id = apply(Families.KUZNETSOVA.form(Families.OMAROV_TIMUR, "2026-01-01", "2026-05-31", "2026-01-12"))
                .statusCode(201).extract().path("id");
        assign(id).statusCode(200).body("status", equalTo("REFUSED"))
                .body("decision.refusalReason", equalTo("CHILD_DECEASED"))
                .body("decision.refusalDetail", org.hamcrest.Matchers.containsString("BeneficiaryAliveWhenAssigned"));
    }

    @Test
    void childDiffersFromTheRegistry_mismatchReportedByField() {
        forget(Families.OSPANOV_BOLAT.iin());
        Families.Child misspelt = new Families.Child(Families.OSPANOV_BOLAT.iin(), "Оспанов", "Болатбек",
                Families.OSPANOV_BOLAT.patronymic(), Families.OSPANOV_BOLAT.birthDate());
        apply(Families.ZHAKSYLYKOVA.form(misspelt, "2026-01-01", "2026-05-31", "2026-01-12"))
                .statusCode(201).body("status", equalTo("DATA_MISMATCH"))
                .body("mismatches.field", hasItem("child.firstName"))
                .body("region.katoCode", equalTo("790000000"));
    }

    @Test
    void badInputRefusedWithProblemDetails_nothingWritten() {
        forget(Families.KUDAIBERGEN_ASKAR.iin());
        Families.Parent parent = Families.ISKAKOVA;
        Families.Child child = Families.KUDAIBERGEN_ASKAR;
        // the period of the conclusion ends before it begins
        apply(parent.form(child, "2026-05-01", "2026-01-31", "2026-01-12")).statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", hasItem("homeSchoolingConclusion.periodOrdered"));
        // the child is the applicant
        apply(parent.form(new Families.Child(parent.iin(), parent.surname(), parent.firstName(), parent.patronymic(),
                parent.birthDate()), "2026-01-01", "2026-05-31", "2026-01-12")).statusCode(400)
                .contentType("application/problem+json").body("violations.field", hasItem("childNotTheApplicant"));
        // a legal representative without the document of authority
        apply(parent.form(child, "2026-01-01", "2026-05-31", "2026-01-12", "\"relationToChild\":\"LEGAL_REPRESENTATIVE\""))
                .statusCode(400).contentType("application/problem+json")
                .body("violations.field", hasItem("authorityDocumentGiven"));
        // an unknown relation, a bad child IIN
        apply(parent.form(child, "2026-01-01", "2026-05-31", "2026-01-12", "\"relationToChild\":\"NEIGHBOUR\""))
                .statusCode(400).contentType("application/problem+json");
        apply(parent.form(new Families.Child("081115530068", child.surname(), child.firstName(), child.patronymic(),
                child.birthDate()), "2026-01-01", "2026-05-31", "2026-01-12")).statusCode(400)
                .contentType("application/problem+json");
        // the conclusion was issued after the application was accepted
        apply(parent.form(child, "2026-01-01", "2026-05-31", "2026-01-12",
                "\"homeSchoolingConclusion\":{\"number\":\"P-1\",\"date\":\"2026-02-01\",\"periodFrom\":\"2026-01-01\",\"periodTo\":\"2026-05-31\"}"))
                .statusCode(400).contentType("application/problem+json")
                .body("violations.field", hasItem("homeSchoolingConclusion.date"));
        // a child unknown to the state database of individuals
        apply(parent.form(new Families.Child("791028302728", "Белгісіз", "Бала", null, "2012-01-01"),
                "2026-01-01", "2026-05-31", "2026-01-12")).statusCode(422).contentType("application/problem+json")
                .body("type", equalTo("https://rehab.gov.kz/problems/child-not-registered"));
        // the conclusion ended before the month of the application
        apply(parent.form(child, "2025-09-01", "2025-12-31", "2026-01-12")).statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("https://rehab.gov.kz/problems/no-months-to-reimburse"));

        assertThat(applicationsOf(child.iin())).isZero();
        assertThat(applicationsOf("791028302728")).isZero();
    }
}

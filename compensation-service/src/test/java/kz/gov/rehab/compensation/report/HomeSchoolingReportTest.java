package kz.gov.rehab.compensation.report;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.YearMonth;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import kz.gov.rehab.commons.testing.EgovGatewayResource;
import kz.gov.rehab.compensation.support.Callers;
import kz.gov.rehab.compensation.support.ReportFacts;
import kz.gov.rehab.compensation.support.TestIins;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The quarterly report (R1) for a quarter with known assignments and payments (2026-Q3, written by
 * {@link ReportFacts}), through the REST API on the real PostgreSQL: figures per region and in total
 * by the definitions of docs/quarterly-report.md, due date and late flag, CSV export, the event.
 */
@QuarkusTest
@QuarkusTestResource(value = EgovGatewayResource.class, restrictToAnnotatedClass = false)
class HomeSchoolingReportTest {

    static final String REPORTS = "/api/v1/compensations/reports";
    static final String AKMOLA = "110000000";
    static final String AKTOBE = "150000000";

    static Instant almaty(String localDateTime) {
        return java.time.LocalDateTime.parse(localDateTime).atZone(ReportingQuarter.ZONE).toInstant();
    }

    @BeforeAll
    static void knownQuarter() {
        ReportFacts.forgetAll();
        String parent1 = TestIins.next();
        String parent2 = TestIins.next();
        String parent3 = TestIins.next();
        String parent4 = TestIins.next();
        // Akmola: parent 1 for two children, parent 2 for one
        UUID award1 = ReportFacts.award(parent1, TestIins.next(), AKMOLA, "Ақмола облысы", YearMonth.of(2026, 6),
                YearMonth.of(2026, 9), almaty("2026-06-10T10:00"));
        ReportFacts.payment(award1, YearMonth.of(2026, 6), "PAID", almaty("2026-07-02T11:00"));   // arrears paid in Q3
        ReportFacts.payment(award1, YearMonth.of(2026, 7), "PAID", almaty("2026-07-03T11:00"));
        ReportFacts.payment(award1, YearMonth.of(2026, 8), "FAILED", almaty("2026-08-03T11:00")); // not paid
        ReportFacts.payment(award1, YearMonth.of(2026, 9), "PAID", almaty("2026-10-01T00:30"));   // settled in Q4
        ReportFacts.award(parent1, TestIins.next(), AKMOLA, "Ақмола облысы", YearMonth.of(2026, 8), YearMonth.of(2026, 8),
                almaty("2026-08-01T09:00"));
        ReportFacts.award(parent2, TestIins.next(), AKMOLA, "Ақмола облысы", YearMonth.of(2026, 9), YearMonth.of(2026, 11),
                almaty("2026-09-30T23:59"));
        // assigned after the quarter: its September instalment is not assigned in Q3
        ReportFacts.award(parent2, TestIins.next(), AKMOLA, "Ақмола облысы", YearMonth.of(2026, 9), YearMonth.of(2026, 12),
                almaty("2026-10-01T00:01"));
        // Aktobe: a whole year, three months of it in Q3, one paid
        UUID award5 = ReportFacts.award(parent3, TestIins.next(), AKTOBE, "Ақтөбе облысы", YearMonth.of(2026, 1),
                YearMonth.of(2026, 12), almaty("2026-01-15T10:00"));
        ReportFacts.payment(award5, YearMonth.of(2026, 7), "PAID", almaty("2026-07-05T12:00"));
        // no registered address
        ReportFacts.award(parent4, TestIins.next(), null, null, YearMonth.of(2026, 7), YearMonth.of(2026, 7),
                almaty("2026-07-01T09:00"));
    }

    static ExtractableResponse<Response> compile(String period) {
        return given().header("Authorization", Callers.centre()).accept("application/json")
                .post(REPORTS + "/home-schooling/" + period).then().extract();
    }

    @Test
    void figuresPerRegionAndInTotal_assignedAndPaidInTheQuarter_R1() {
        given().header("Authorization", Callers.centre()).accept("application/json")
                .post(REPORTS + "/home-schooling/2026-Q3").then().statusCode(201)
                .contentType("application/json")
                .body("form", equalTo("HOME_SCHOOLING_REIMBURSEMENT"))
                .body("period", equalTo("2026-Q3"))
                .body("periodStart", equalTo("2026-07-01"))
                .body("periodEnd", equalTo("2026-09-30"))
                .body("compiledBy.organisation", equalTo("JSC \"Labour Resources Development Centre\""))
                .body("dueDate", equalTo("2026-10-10"))
                // compiled after 2026-10-10: late
                .body("late", equalTo(true))
                .body("regions", hasSize(3))
                // Akmola: instalments Jul-Sep of award 1, Aug of award 2, Sep of award 3 = 5 × 34,600;
                // paid: June (arrears) and July of award 1; the failed one and the one settled in Q4 not
                .body("regions[0].regionCode", equalTo(AKMOLA))
                .body("regions[0].regionName", equalTo("Ақмола облысы"))
                .body("regions[0].childrenAssigned", equalTo(3))
                .body("regions[0].recipientsAssigned", equalTo(2))
                .body("regions[0].amountAssignedKzt", equalTo(173000.00f))
                .body("regions[0].childrenPaid", equalTo(1))
                .body("regions[0].recipientsPaid", equalTo(1))
                .body("regions[0].amountPaidKzt", equalTo(69200.00f))
                .body("regions[1].regionCode", equalTo(AKTOBE))
                .body("regions[1].childrenAssigned", equalTo(1))
                .body("regions[1].amountAssignedKzt", equalTo(103800.00f))
                .body("regions[1].childrenPaid", equalTo(1))
                .body("regions[1].amountPaidKzt", equalTo(34600.00f))
                .body("regions[2].regionCode", nullValue())
                .body("regions[2].childrenAssigned", equalTo(1))
                .body("regions[2].amountAssignedKzt", equalTo(34600.00f))
                .body("regions[2].amountPaidKzt", equalTo(0.00f))
                .body("total.regionName", equalTo("Total"))
                .body("total.childrenAssigned", equalTo(5))
                .body("total.recipientsAssigned", equalTo(4))
                .body("total.amountAssignedKzt", equalTo(311400.00f))
                .body("total.childrenPaid", equalTo(2))
                .body("total.recipientsPaid", equalTo(2))
                .body("total.amountPaidKzt", equalTo(103800.00f));
    }

    @Test
    void formIndexPeriodicityAndRecipientsByName_theUnknownMarkedUnknown_R1() {
        given().header("Authorization", Callers.centre()).accept("application/json")
                .post(REPORTS + "/home-schooling/2026-Q3").then().statusCode(201)
                .body("formIndex", equalTo("2-шығындарды өтеу"))
                .body("periodicity", org.hamcrest.Matchers.startsWith("тоқсан сайын"))
                .body("titleKk", org.hamcrest.Matchers.startsWith("Мүгедектігі бар балаларды үйде оқытуға"))
                // one row per award with anything assigned or paid in the quarter: not the one decided after it
                .body("recipients", hasSize(5))
                .body("recipients[0].recipientSurname", equalTo("ТЕСТОВ"))
                .body("recipients[0].recipientName", equalTo("ТЕСТ"))
                // "(ол болған жағдайда)": the patronymic only if any
                .body("recipients[0].recipientPatronymic", nullValue())
                .body("recipients[0].childSurname", equalTo("БАЛА"))
                .body("recipients[0].regionCode", equalTo(AKMOLA))
                .body("recipients[4].regionCode", nullValue())
                .body("recipients.monthsAssigned.sum()", equalTo(9))
                .body("recipients.amountAssignedKzt.sum()", equalTo(311400.0))
                .body("recipients.amountPaidKzt.sum()", equalTo(103800.0))
                .body("unknown", hasSize(3))
                .body("unknown[0]", org.hamcrest.Matchers.containsString("not among the texts at hand"));
    }

    @Test
    void storedBytesAreAnsweredUnchanged_withTheirDigest_andCompilationIsAnEvent() {
        ExtractableResponse<Response> compiled = compile("2026-Q3");
        assertThat(compiled.statusCode()).isEqualTo(201);
        byte[] bytes = compiled.asByteArray();
        String id = compiled.header("X-Report-Id");
        assertThat(compiled.header("Location")).endsWith(REPORTS + "/" + id);
        byte[] again = given().header("Authorization", Callers.auditor()).accept("application/json").get(REPORTS + "/" + id)
                .then().statusCode(200).extract().asByteArray();
        assertThat(again).isEqualTo(bytes);
        assertThat(compiled.header("Digest")).isEqualTo("sha-256=" + Base64.getEncoder().encodeToString(
                HexFormat.of().parseHex(QuarterlyReports.sha256(bytes))));

        List<String> events = QuarkusTransaction.requiringNew().call(() -> CDI.current().select(EntityManager.class).get()
                .createNativeQuery("SELECT CAST(data AS text) FROM outbox_event WHERE application_id = :id", String.class)
                .setParameter("id", UUID.fromString(id)).getResultList());
        assertThat(events).singleElement().satisfies(data -> assertThat(data)
                .contains("\"subjectKind\": \"report\"").contains("\"subject\": \"HOME_SCHOOLING_REIMBURSEMENT-2026-Q3\"")
                .contains("\"stage\": \"compiled\"").contains("\"deadline\": \"2026-10-10\"").contains("\"late\": true"));
    }

    @Test
    void csvExportWithTheSameFigures() {
        byte[] body = given().header("Authorization", Callers.centre()).accept("text/csv")
                .post(REPORTS + "/home-schooling/2026-Q3").then().statusCode(201)
                .contentType(org.hamcrest.Matchers.startsWith("text/csv"))
                .header("Content-Disposition", org.hamcrest.Matchers.containsString("HOME_SCHOOLING_REIMBURSEMENT-2026-Q3.csv"))
                .extract().asByteArray();
        String csv = new String(body, StandardCharsets.UTF_8);
        assertThat(csv.lines()).contains(
                "Period,2026-Q3,2026-07-01,2026-09-30",
                "\"Due date\",2026-10-10",
                "Late,yes",
                "\"Region code (KATO)\",Region,\"Children assigned\",\"Recipients assigned\",\"Amount assigned (KZT)\","
                        + "\"Children paid\",\"Recipients paid\",\"Amount paid (KZT)\"",
                "110000000,\"Ақмола облысы\",3,2,173000.00,1,1,69200.00",
                "150000000,\"Ақтөбе облысы\",1,1,103800.00,1,1,34600.00",
                ",\"no registered address\",1,1,34600.00,0,0,0.00",
                ",Total,5,4,311400.00,2,2,103800.00",
                "\"Form index\",\"2-шығындарды өтеу\"",
                "\"Recipient: surname\",name,\"patronymic (ол болған жағдайда)\",\"Child: surname\",name,"
                        + "\"patronymic (ол болған жағдайда)\",\"Region code (KATO)\",Region,\"Months assigned\","
                        + "\"Amount assigned (KZT)\",\"Amount paid (KZT)\"",
                "ТЕСТОВ,ТЕСТ,,БАЛА,ТЕСТ,,150000000,\"Ақтөбе облысы\",3,103800.00,34600.00");
    }

    @Test
    void badPeriodsRefusedWithProblemDetails() {
        given().header("Authorization", Callers.centre()).post(REPORTS + "/home-schooling/2026-Q5").then().statusCode(400)
                .contentType("application/problem+json").body("violations[0].field", equalTo("period"));
        given().header("Authorization", Callers.centre()).post(REPORTS + "/home-schooling/2999-Q4").then().statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("https://rehab.gov.kz/problems/period-not-over"));
        given().header("Authorization", Callers.centre()).post(REPORTS + "/home-schooling/2025-Q4").then().statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("https://rehab.gov.kz/problems/no-deadline-rule"));
        given().header("Authorization", Callers.paymentOperator("operator-maker")).post(REPORTS + "/home-schooling/2026-Q3")
                .then().statusCode(403).contentType("application/problem+json");
        given().header("Authorization", Callers.centre()).get(REPORTS + "/" + UUID.randomUUID()).then().statusCode(404)
                .contentType("application/problem+json");
    }
}

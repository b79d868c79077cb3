package kz.gov.rehab.e2e.compensation;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * The compensation API as calling systems reach it: through the gateway, with the development API
 * keys of docs/gateway.md. Also the one piece of test setup that touches a database directly:
 * forgetting a fixture person's earlier applications, so a journey can run again on the same data.
 */
public final class CompensationGateway {

    static final String URL = url();
    static final String OFFICER = "dev-key-compensation-officer";
    static final String MAKER = "dev-key-payment-operator";
    static final String CHECKER = "dev-key-payment-checker";
    static final String EGOV_PORTAL = "dev-key-egov-portal";
    /** The Labour Resources Development Centre: compiles and submits the quarterly report. */
    static final String CENTRE = "dev-key-labour-resources-centre";
    /** The Ministry's officers: read what the Ministry received. */
    static final String MINISTRY = "dev-key-ministry";

    private CompensationGateway() {
    }

    static RequestSpecification as(String apiKey) {
        return RestAssured.given().baseUri(URL).header("X-Api-Key", apiKey).contentType(ContentType.JSON);
    }

    /**
     * Deletes every application of {@code iin}, as applicant or as the child of a home-schooling
     * reimbursement (and its stages, payments, instalments and events), from the service's database.
     */
    public static void forget(String iin) {
        String suffix = System.getenv().getOrDefault("TEST_DB_SUFFIX", "_test");
        String database = System.getenv().getOrDefault("E2E_COMPENSATION_DB_URL",
                "jdbc:postgresql://127.0.0.1:5432/compensation" + suffix);
        try (Connection db = DriverManager.getConnection(database, "compensation", "compensation")) {
            String ids = "(SELECT id FROM compensation_application WHERE iin = ? OR child_iin = ?)";
            for (String table : new String[] {"outbox_event", "application_stage", "payout_item", "instalment"}) {
                try (PreparedStatement delete = db.prepareStatement("DELETE FROM " + table + " WHERE application_id IN " + ids)) {
                    delete.setString(1, iin);
                    delete.setString(2, iin);
                    delete.executeUpdate();
                }
            }
            try (PreparedStatement delete = db.prepareStatement(
                    "DELETE FROM compensation_application WHERE iin = ? OR child_iin = ?")) {
                delete.setString(1, iin);
                delete.setString(2, iin);
                delete.executeUpdate();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot prepare the compensation database for the journey", e);
        }
    }

    /**
     * Enters a rate of the home-schooling reimbursement for a region as test data (no real maslikhat
     * decision is on record in this project: docs/compensation-service.md), unless one is there: as the
     * rules operators do it, one entering and the other confirming (four-eyes).
     */
    static void testRate(String regionKato, String mrpPerMonth) {
        int entered = as("dev-key-rules-operator").body("""
                {"territoryKato":"%s","territoryName":"Test region %s","territoryLevel":"REGION","effectiveFrom":"2026-01-01",
                 "mrpPerMonth":"%s","decision":"TEST DATA of the end-to-end tests: not a maslikhat decision"}"""
                .formatted(regionKato, regionKato, mrpPerMonth))
                .post("/api/v1/compensations/rules/home-schooling-rates").statusCode();
        if (entered != 201 && entered != 409) {
            throw new IllegalStateException("cannot enter the test rate: " + entered);
        }
        as("dev-key-rules-checker").post("/api/v1/compensations/rules/home-schooling-rates/" + regionKato + "/2026-01-01/confirmation")
                .then().statusCode(200);
    }

    private static String url() {
        String url = System.getProperty("gateway.url");
        if (url == null || url.isBlank() || url.startsWith("${")) {
            url = System.getenv().getOrDefault("GATEWAY_URL", "http://127.0.0.1:8080");
        }
        return url;
    }

    /** The Appendix 1 form of the fixture Исқақов (24 months), accepted on {@code acceptedOn}. */
    public static String iskakovApplication(String acceptedOn) {
        return """
                {"iin":"%s","surname":"Исқақов","firstName":"Мұрат","patronymic":"Болатұлы","birthDate":"1933-07-07",
                 "address":"Астана, Тәуелсіздік даңғылы 21, пәтер 140",
                 "identityDocument":{"type":"ID_CARD","number":"099000007","issuer":"ҚР ІІМ"},
                 "bankAccount":{"iban":"KZ19601KZT0000000001","bank":"Halyk Bank"},
                 "receivedBenefits":["PENSION"],"paymentInAnotherRepublic":{"received":false},
                 "rehabilitationReference":{"number":"R-1999-099007","date":"1999-03-03"},
                 "consentToPersonalDataProcessing":true,"consentToUseOfProtectedSecrets":true,
                 "applicationDate":"%s","acceptedOn":"%s",
                 "acceptedBy":{"surname":"Жуманова","firstName":"Айгерим","position":"chief specialist"}}"""
                .formatted("330707399060", acceptedOn, acceptedOn);
    }
}

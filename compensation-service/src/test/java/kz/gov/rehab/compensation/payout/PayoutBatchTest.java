package kz.gov.rehab.compensation.payout;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import kz.gov.rehab.compensation.application.ApplicationStatus;
import kz.gov.rehab.compensation.application.CompensationApplication;
import kz.gov.rehab.compensation.support.AssignedCompensations;
import kz.gov.rehab.compensation.support.OutboxEvents;
import kz.gov.rehab.compensation.support.Callers;
import kz.gov.rehab.commons.testing.EgovGatewayResource;
import kz.gov.rehab.commons.time.ServiceClock;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/**
 * Payout of assigned compensations (issue: maker/checker, bank answers, re-issue, reconciliation,
 * pain.001), on the real database, through the REST API with gateway-shaped tokens.
 */
@QuarkusTest
@QuarkusTestResource(value = EgovGatewayResource.class, restrictToAnnotatedClass = false)
class PayoutBatchTest {

    @Inject
    EntityManager em;

    @Inject
    ServiceClock clock;

    static JsonPath assemble() {
        return given().header("Authorization", Callers.paymentOperator("operator-maker")).contentType(ContentType.JSON).body("{\"maxItems\":1000}")
                .post("/api/v1/compensations/payout-batches")
                .then().statusCode(201).extract().jsonPath();
    }

    static void approveAndSend(String batchId) {
        approve(batchId);
        send(batchId);
    }

    static void approve(String batchId) {
        given().header("Authorization", Callers.paymentOperator("operator-checker")).post("/api/v1/compensations/payout-batches/" + batchId + "/approval")
                .then().statusCode(200).body("status", equalTo("APPROVED"));
    }

    static void send(String batchId) {
        given().header("Authorization", Callers.paymentOperator("operator-maker")).post("/api/v1/compensations/payout-batches/" + batchId + "/sending")
                .then().statusCode(200).body("status", equalTo("SENT"));
    }

    static byte[] pain001(String batchId) {
        return given().header("Authorization", Callers.paymentOperator("operator-maker")).get("/api/v1/compensations/payout-batches/" + batchId + "/pain001")
                .then().statusCode(200).contentType("application/xml").extract().asByteArray();
    }

    /** The bank's answer: FAILED for the given applications, PAID for every other item of the batch. */
    static String statement(JsonPath batch, UUID... failing) {
        List<String> failed = java.util.Arrays.stream(failing).map(UUID::toString).toList();
        List<String> results = new ArrayList<>();
        for (Map<String, Object> item : batch.<Map<String, Object>>getList("items")) {
            boolean fails = failed.contains(item.get("applicationId"));
            results.add("{\"endToEndId\":\"" + item.get("endToEndId") + "\",\"outcome\":\"" + (fails ? "FAILED" : "PAID") + "\""
                    + (fails ? ",\"reason\":\"account closed\"" : "") + "}");
        }
        return "{\"results\":[" + String.join(",", results) + "]}";
    }

    static ApplicationStatus statusOf(UUID application) {
        return QuarkusTransaction.requiringNew().call(() ->
                CompensationApplication.<CompensationApplication>findById(application).status);
    }

    static String endToEndIdOf(JsonPath batch, UUID application) {
        return batch.getString("items.find { it.applicationId == '" + application + "' }.endToEndId");
    }

    @Test
    void makerCannotApproveOwnBatch_fourEyes() {
        AssignedCompensations.assigned();
        String batchId = assemble().getString("id");

        given().header("Authorization", Callers.paymentOperator("operator-maker")).post("/api/v1/compensations/payout-batches/" + batchId + "/approval")
                .then().statusCode(403).contentType("application/problem+json")
                .body("type", equalTo("https://rehab.gov.kz/problems/four-eyes"))
                .body("currentState", equalTo("ASSEMBLED"));
        String etag = given().header("Authorization", Callers.paymentOperator("operator-maker"))
                .get("/api/v1/compensations/payout-batches/" + batchId)
                .then().statusCode(200).body("status", equalTo("ASSEMBLED")).body("approvedBy", equalTo(null))
                .extract().header("ETag");

        approveAndSend(batchId);
        // The checker approved what the maker read; an approval naming that read now finds a batch moved on.
        given().header("Authorization", Callers.paymentOperator("operator-checker")).header("If-Match", etag)
                .post("/api/v1/compensations/payout-batches/" + batchId + "/approval")
                .then().statusCode(412).contentType("application/problem+json")
                .body("type", equalTo("https://rehab.gov.kz/problems/version-mismatch"))
                .body("currentState", equalTo("SENT"));
        String sent = given().header("Authorization", Callers.auditor()).get("/api/v1/compensations/payout-batches/" + batchId)
                .then().statusCode(200).extract().header("ETag");
        org.assertj.core.api.Assertions.assertThat(sent).matches("\"\\d+\"").isNotEqualTo(etag);
    }

    @Test
    void sendingBeforeApprovalIsRefusedNamingTheCurrentState() {
        AssignedCompensations.assigned();
        String batchId = assemble().getString("id");
        given().header("Authorization", Callers.paymentOperator("operator-maker")).post("/api/v1/compensations/payout-batches/" + batchId + "/sending")
                .then().statusCode(409).contentType("application/problem+json")
                .body("currentState", equalTo("ASSEMBLED"));
        approveAndSend(batchId);
    }

    @Test
    void failedPaymentIsReissuedAfterAccountCorrectionAndPaidOnce() {
        UUID application = AssignedCompensations.assigned();
        JsonPath first = assemble();
        String firstBatch = first.getString("id");
        approveAndSend(firstBatch);
        given().header("Authorization", Callers.paymentOperator("operator-maker")).contentType(ContentType.JSON).body(statement(first, application))
                .post("/api/v1/compensations/payout-batches/" + firstBatch + "/bank-statement")
                .then().statusCode(200).body("status", equalTo("SETTLED"));
        assertThat(statusOf(application)).isEqualTo(ApplicationStatus.PAYMENT_FAILED);

        // the same failed item cannot be turned into a payment afterwards
        String failedItem = endToEndIdOf(first, application);
        given().header("Authorization", Callers.paymentOperator("operator-maker")).contentType(ContentType.JSON)
                .body("{\"results\":[{\"endToEndId\":\"" + failedItem + "\",\"outcome\":\"PAID\"}]}")
                .post("/api/v1/compensations/payout-batches/" + firstBatch + "/bank-statement")
                .then().statusCode(409).contentType("application/problem+json").body("currentState", equalTo("FAILED"));

        // an account that fails the mod-97 check is refused, nothing changes
        given().header("Authorization", Callers.paymentOperator("operator-maker")).contentType(ContentType.JSON).body("{\"iban\":\"KZ20601KZT0000000001\",\"bank\":\"Halyk Bank\"}")
                .post("/api/v1/compensations/applications/" + application + "/reissue")
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations[0].field", equalTo("iban"));
        given().header("Authorization", Callers.paymentOperator("operator-maker")).contentType(ContentType.JSON).header("Idempotency-Key", "reissue-" + application)
                .body("{\"iban\":\"KZ19601KZT0000000001\",\"bank\":\"Halyk Bank\"}")
                .post("/api/v1/compensations/applications/" + application + "/reissue")
                .then().statusCode(200).body("status", equalTo("ASSIGNED")).body("bankBic", equalTo("HSBKKZKX"));
        // a replayed re-issue returns the stored answer and does nothing again
        given().header("Authorization", Callers.paymentOperator("operator-maker")).contentType(ContentType.JSON).header("Idempotency-Key", "reissue-" + application)
                .body("{\"iban\":\"KZ19601KZT0000000001\",\"bank\":\"Halyk Bank\"}")
                .post("/api/v1/compensations/applications/" + application + "/reissue")
                .then().statusCode(200).header("Idempotent-Replayed", "true");

        JsonPath second = assemble();
        String secondBatch = second.getString("id");
        assertThat(endToEndIdOf(second, application)).isNotEqualTo(failedItem).endsWith("-2");
        approveAndSend(secondBatch);
        String key = "statement-" + secondBatch;
        given().header("Authorization", Callers.paymentOperator("operator-maker")).contentType(ContentType.JSON).header("Idempotency-Key", key).body(statement(second))
                .post("/api/v1/compensations/payout-batches/" + secondBatch + "/bank-statement")
                .then().statusCode(200).body("status", equalTo("SETTLED"));
        // the bank's statement replayed: stored answer, nothing paid again
        given().header("Authorization", Callers.paymentOperator("operator-maker")).contentType(ContentType.JSON).header("Idempotency-Key", key).body(statement(second))
                .post("/api/v1/compensations/payout-batches/" + secondBatch + "/bank-statement")
                .then().statusCode(200).header("Idempotent-Replayed", "true");
        // the same statement again without a key: same outcome, changes nothing
        given().header("Authorization", Callers.paymentOperator("operator-maker")).contentType(ContentType.JSON).body(statement(second))
                .post("/api/v1/compensations/payout-batches/" + secondBatch + "/bank-statement")
                .then().statusCode(200);

        assertThat(statusOf(application)).isEqualTo(ApplicationStatus.PAID);
        long paidItems = QuarkusTransaction.requiringNew().call(() ->
                PayoutItem.count("applicationId = ?1 and status = ?2", application, ItemStatus.PAID));
        assertThat(paidItems).isEqualTo(1);
        given().header("Authorization", Callers.paymentOperator("operator-maker")).contentType(ContentType.JSON).body("{\"iban\":\"KZ19601KZT0000000001\",\"bank\":\"Halyk Bank\"}")
                .post("/api/v1/compensations/applications/" + application + "/reissue")
                .then().statusCode(409).body("currentState", equalTo("PAID"));

        // every stage is a status event in the outbox, in order (C9 / monitoring)
        assertThat(OutboxEvents.typesOf(application)).containsExactly(
                "kz.gov.rehab-compensation.payout.batched", "kz.gov.rehab-compensation.payout.approved",
                "kz.gov.rehab-compensation.payout.sent", "kz.gov.rehab-compensation.payout.failed",
                "kz.gov.rehab-compensation.payout.reissued", "kz.gov.rehab-compensation.payout.batched",
                "kz.gov.rehab-compensation.payout.approved", "kz.gov.rehab-compensation.payout.sent",
                "kz.gov.rehab-compensation.payout.paid");
    }

    @Test
    void simultaneousIdenticalBankStatementsPayOnce_andEachCallerIsToldSo() throws Exception {
        UUID application = AssignedCompensations.assigned();
        JsonPath batch = assemble();
        String batchId = batch.getString("id");
        approveAndSend(batchId);
        String body = statement(batch);

        int callers = 20;
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(callers);
        java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
        List<java.util.concurrent.Future<Integer>> answers = new ArrayList<>();
        for (int i = 0; i < callers; i++) {
            String token = Callers.paymentOperator("operator-maker");
            answers.add(pool.submit(() -> {
                start.await();
                return given().header("Authorization", token).contentType(ContentType.JSON).body(body)
                        .post("/api/v1/compensations/payout-batches/" + batchId + "/bank-statement").then().extract().statusCode();
            }));
        }
        start.countDown();
        List<Integer> statuses = new ArrayList<>();
        for (java.util.concurrent.Future<Integer> answer : answers) {
            statuses.add(answer.get());
        }
        pool.shutdown();

        // the same answer of the bank, repeated: it changes nothing, so every caller gets the settled batch
        assertThat(statuses).containsOnly(200);
        assertThat(statusOf(application)).isEqualTo(ApplicationStatus.PAID);
        long paid = QuarkusTransaction.requiringNew().call(() -> PayoutItem.count(
                "applicationId = ?1 and status = ?2", application, ItemStatus.PAID));
        assertThat(paid).isEqualTo(1);
    }

    @Test
    void reconciliationSumsOfPaidAndFailedMatchTheBatchTotal() {
        UUID paid = AssignedCompensations.assigned(kz.gov.rehab.compensation.support.TestIins.next(), new BigDecimal("77850.00"));
        UUID failed = AssignedCompensations.assigned(kz.gov.rehab.compensation.support.TestIins.next(), new BigDecimal("432500.00"));
        JsonPath batch = assemble();
        String batchId = batch.getString("id");
        BigDecimal total = new BigDecimal(batch.getString("total.amount"));
        approveAndSend(batchId);

        JsonPath before = given().header("Authorization", Callers.paymentOperator("operator-maker")).get("/api/v1/compensations/payout-batches/" + batchId + "/reconciliation")
                .then().statusCode(200).extract().jsonPath();
        assertThat(before.getBoolean("balanced")).isTrue();
        assertThat(before.getBoolean("settled")).isFalse();
        assertThat(new BigDecimal(before.getString("outstanding.amount.amount"))).isEqualByComparingTo(total);

        given().header("Authorization", Callers.paymentOperator("operator-maker")).contentType(ContentType.JSON).body(statement(batch, failed))
                .post("/api/v1/compensations/payout-batches/" + batchId + "/bank-statement").then().statusCode(200);

        JsonPath after = given().header("Authorization", Callers.paymentOperator("operator-maker")).get("/api/v1/compensations/payout-batches/" + batchId + "/reconciliation")
                .then().statusCode(200).extract().jsonPath();
        BigDecimal paidSum = new BigDecimal(after.getString("paid.amount.amount"));
        BigDecimal failedSum = new BigDecimal(after.getString("failed.amount.amount"));
        assertThat(paidSum.add(failedSum)).isEqualByComparingTo(total);
        assertThat(failedSum).isEqualByComparingTo("432500.00");
        assertThat(after.getInt("failed.count")).isEqualTo(1);
        assertThat(after.getInt("outstanding.count")).isZero();
        assertThat(after.getBoolean("balanced")).isTrue();
        assertThat(after.getBoolean("settled")).isTrue();
        assertThat(batch.getList("items.applicationId")).contains(paid.toString(), failed.toString());
    }

    @Test
    void batchExportedAsIso20022Pain001WithCountsAndControlSum() throws Exception {
        UUID application = AssignedCompensations.assigned();
        JsonPath batch = assemble();
        String batchId = batch.getString("id");
        approve(batchId);
        byte[] xml = pain001(batchId);

        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document document = factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
        assertThat(document.getDocumentElement().getNamespaceURI()).isEqualTo(Pain001Export.NAMESPACE);
        assertThat(document.getDocumentElement().getLocalName()).isEqualTo("Document");
        XPath xpath = XPathFactory.newInstance().newXPath();
        xpath.setNamespaceContext(new javax.xml.namespace.NamespaceContext() {
            public String getNamespaceURI(String prefix) {
                return Pain001Export.NAMESPACE;
            }

            public String getPrefix(String uri) {
                return "p";
            }

            public java.util.Iterator<String> getPrefixes(String uri) {
                return List.of("p").iterator();
            }
        });
        String root = "/p:Document/p:CstmrCdtTrfInitn";
        int items = batch.getList("items").size();
        assertThat(xpath.evaluate(root + "/p:GrpHdr/p:MsgId", document)).isEqualTo(batch.getString("number"));
        assertThat(xpath.evaluate(root + "/p:GrpHdr/p:NbOfTxs", document)).isEqualTo(String.valueOf(items));
        assertThat(new BigDecimal(xpath.evaluate(root + "/p:GrpHdr/p:CtrlSum", document)))
                .isEqualByComparingTo(batch.getString("total.amount"));
        assertThat(xpath.evaluate(root + "/p:PmtInf/p:PmtMtd", document)).isEqualTo("TRF");
        assertThat(xpath.evaluate(root + "/p:PmtInf/p:DbtrAgt/p:FinInstnId/p:BICFI", document)).isEqualTo("KKMFKZ2A");
        NodeList transfers = (NodeList) xpath.evaluate(root + "/p:PmtInf/p:CdtTrfTxInf", document, XPathConstants.NODESET);
        assertThat(transfers.getLength()).isEqualTo(items);
        String ours = root + "/p:PmtInf/p:CdtTrfTxInf[p:PmtId/p:EndToEndId='" + endToEndIdOf(batch, application) + "']";
        assertThat(xpath.evaluate(ours + "/p:Amt/p:InstdAmt", document)).isEqualTo("77850.00");
        assertThat(xpath.evaluate(ours + "/p:Amt/p:InstdAmt/@Ccy", document)).isEqualTo("KZT");
        assertThat(xpath.evaluate(ours + "/p:CdtrAcct/p:Id/p:IBAN", document)).isEqualTo("KZ71722KZT0000000002");
        assertThat(xpath.evaluate(ours + "/p:CdtrAgt/p:FinInstnId/p:BICFI", document)).isEqualTo("CASPKZKA");
        assertThat(new String(xml, StandardCharsets.UTF_8)).startsWith("<?xml");
        send(batchId);
    }

    @Test
    void pain001OnlyForAnApprovedBatchAndTheSameBytesOnEveryDownload() {
        AssignedCompensations.assigned();
        JsonPath batch = assemble();
        String batchId = batch.getString("id");
        given().header("Authorization", Callers.paymentOperator("operator-maker")).get("/api/v1/compensations/payout-batches/" + batchId + "/pain001")
                .then().statusCode(409).contentType("application/problem+json")
                .body("type", equalTo("https://rehab.gov.kz/problems/batch-not-approved"))
                .body("currentState", equalTo("ASSEMBLED")).body("batch", equalTo(batch.getString("number")));

        approve(batchId);
        // approved three days ago: the file says so, whenever it is downloaded
        Instant approvedAt = Instant.now().minus(Duration.ofDays(3)).truncatedTo(ChronoUnit.MICROS);
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("UPDATE payout_batch SET approved_at = :at WHERE id = :id")
                .setParameter("at", approvedAt).setParameter("id", UUID.fromString(batchId)).executeUpdate());
        byte[] first = pain001(batchId);
        byte[] second = pain001(batchId);
        assertThat(second).as("two downloads give the same bytes").isEqualTo(first);
        OffsetDateTime stamped = approvedAt.atZone(clock.zone()).toOffsetDateTime().truncatedTo(ChronoUnit.SECONDS);
        String xml = new String(first, StandardCharsets.UTF_8);
        assertThat(xml).contains("<CreDtTm>" + stamped + "</CreDtTm>")
                .contains("<ReqdExctnDt><Dt>" + stamped.toLocalDate() + "</Dt></ReqdExctnDt>")
                .contains("<MsgId>" + batch.getString("number") + "</MsgId>");

        send(batchId);
        assertThat(pain001(batchId)).as("the file the bank got stays the same once the batch is sent").isEqualTo(first);
    }

    @Test
    void batchesAreListedNewestFirstByStatusInPagesWithoutTheirItems() {
        AssignedCompensations.assigned();
        String older = assemble().getString("id");
        AssignedCompensations.assigned();
        String newer = assemble().getString("id");
        String list = "/api/v1/compensations/payout-batches";
        JsonPath first = given().header("Authorization", Callers.auditor()).queryParam("status", "ASSEMBLED").queryParam("size", 1)
                .get(list).then().statusCode(200).body("items[0].id", equalTo(newer)).body("items[0].status", equalTo("ASSEMBLED"))
                .body("items[0].items", equalTo(null)).body("items[0].itemCount", org.hamcrest.Matchers.greaterThan(0))
                .header("Link", "<" + list + "?status=ASSEMBLED&page=1&size=1>; rel=\"next\"")
                .extract().jsonPath();
        given().header("Authorization", Callers.auditor()).get(first.getString("next")).then().statusCode(200)
                .body("items[0].id", equalTo(older)).body("page", equalTo(1));

        approve(older);
        given().header("Authorization", Callers.paymentOperator("operator-maker")).queryParam("status", "APPROVED").get(list)
                .then().statusCode(200).body("items.id", org.hamcrest.Matchers.hasItem(older))
                .body("items.id", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem(newer)));
        given().header("Authorization", Callers.paymentOperator("operator-maker")).queryParam("size", 0).get(list)
                .then().statusCode(400).body("violations[0].field", equalTo("size"));
        given().header("Authorization", Callers.officer()).get(list).then().statusCode(403);
    }

    @Test
    void nothingToPayIsA422AndNoEmptyBatch() {
        // drain whatever waits, then ask again
        for (int i = 0; i < 20 && given().header("Authorization", Callers.paymentOperator("operator-maker")).contentType(ContentType.JSON).body("{\"maxItems\":1000}")
                .post("/api/v1/compensations/payout-batches").statusCode() == 201; i++) {
            // keep gathering until nothing is left
        }
        given().header("Authorization", Callers.paymentOperator("operator-maker")).contentType(ContentType.JSON).body("{}")
                .post("/api/v1/compensations/payout-batches")
                .then().statusCode(422).contentType("application/problem+json")
                .body("type", equalTo("https://rehab.gov.kz/problems/nothing-to-pay"));
    }

    @Test
    void onlyPaymentOperatorsHandleBatches() {
        given().header("Authorization", Callers.officer()).contentType(ContentType.JSON).body("{}")
                .post("/api/v1/compensations/payout-batches").then().statusCode(403);
        given().contentType(ContentType.JSON).body("{}")
                .post("/api/v1/compensations/payout-batches").then().statusCode(401);
    }
}

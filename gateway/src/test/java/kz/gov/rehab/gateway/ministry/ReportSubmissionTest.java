package kz.gov.rehab.gateway.ministry;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import kz.gov.rehab.commons.signature.SigningCredentials;
import kz.gov.rehab.commons.testing.TestPki;
import kz.gov.rehab.gateway.registry.ApiKeys;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Ministry's reception of the quarterly report (docs/law.md §3): R1, the Labour Resources
 * Development Centre submits it; R2, electronically, "observing the procedures for verifying the
 * electronic digital signature": only a signature by a certificate of a trusted authority, valid at
 * receipt, over exactly the submitted bytes is accepted; anything else is refused and not stored.
 */
@QuarkusTest
class ReportSubmissionTest {

    private static final String PATH = "/ministry/v1/report-submissions";
    private static final String FORM = "HOME_SCHOOLING_REIMBURSEMENT";
    private static final TestPki PKI = TestPki.shared();

    @Test
    void validSignatureIsAcceptedAndStored_R2() throws Exception {
        String period = unusedPeriod();
        byte[] report = report(period);
        byte[] signature = PKI.centre().sign(report);
        ValidatableResponse accepted = submit(FORM, period, report, signature)
                .statusCode(201)
                .body("submissionId", matchesPattern("[0-9a-f-]{36}"))
                .body("form", equalTo(FORM))
                .body("period", equalTo(period))
                .body("documentSha256", equalTo(sha256(report)))
                .body("signer", containsString("CN=Labour Resources Development Centre"))
                .body("signerSerialNumber", equalTo(PKI.centre().certificate().getSerialNumber().toString(16)))
                .body("submittedBy", equalTo("labour-resources-centre"))
                .body("receivedAt", matchesPattern("\\d{4}-\\d\\d-\\d\\dT.*Z"));
        String id = accepted.extract().path("submissionId");
        accepted.header("Location", endsWith(PATH + "/" + id));

        given().header("X-Api-Key", ApiKeys.MINISTRY).get(PATH + "/" + id)
                .then().statusCode(200)
                .body("document", equalTo(Base64.getEncoder().encodeToString(report)))
                .body("signature", equalTo(Base64.getEncoder().encodeToString(signature)))
                .body("period", equalTo(period));
        assertThat(stored(period)).containsExactly(id);
    }

    @Test
    void singleChangedByteIsRefusedAsTampered_R2() {
        String period = unusedPeriod();
        byte[] report = report(period);
        byte[] signature = PKI.centre().sign(report);
        byte[] changed = report.clone();
        changed[changed.length - 2] ^= 1;
        assertRefused(submit(FORM, period, changed, signature), "TAMPERED");
        assertThat(stored(period)).isEmpty();
    }

    @Test
    void signatureByAKeyCertifiedByAnotherAuthorityIsRefused_R2() {
        String period = unusedPeriod();
        byte[] report = report(period);
        assertRefused(submit(FORM, period, report, PKI.untrustedCentre().sign(report)), "UNTRUSTED_SIGNER");
        assertThat(stored(period)).isEmpty();
    }

    @Test
    void signatureWithAnExpiredCertificateIsRefused_R2() {
        String period = unusedPeriod();
        byte[] report = report(period);
        assertRefused(submit(FORM, period, report, PKI.expiredCentre().sign(report)), "CERTIFICATE_NOT_VALID")
                .body("detail", containsString("valid from"));
        assertThat(stored(period)).isEmpty();
    }

    @Test
    void unsignedSubmissionIsRefused_R2() {
        String period = unusedPeriod();
        byte[] report = report(period);
        assertRefused(submit(FORM, period, report, PKI.withoutSigner()), "UNSIGNED");
        assertRefused(post("{\"form\":\"" + FORM + "\",\"period\":\"" + period + "\",\"document\":\""
                + Base64.getEncoder().encodeToString(report) + "\"}").then(), "UNSIGNED");
        assertRefused(submit(FORM, period, report, new byte[0]), "UNSIGNED");
        assertThat(stored(period)).isEmpty();
    }

    @Test
    void somethingThatIsNotASignatureIsRefused_R2() {
        String period = unusedPeriod();
        byte[] report = report(period);
        assertRefused(submit(FORM, period, report, "not a CMS structure".getBytes(StandardCharsets.UTF_8)), "MALFORMED");
        assertThat(stored(period)).isEmpty();
    }

    @Test
    void theAlgorithmIsTheSignersChoice_R2() {
        String period = unusedPeriod();
        byte[] report = report(period);
        Instant now = Instant.now();
        SigningCredentials ecCentre = PKI.issue(now.minus(Duration.ofDays(1)), now.plus(Duration.ofDays(30)), "EC");
        submit(FORM, period, report, ecCentre.sign(report)).statusCode(201);
        SigningCredentials rsaCentre = PKI.centre();
        submit(FORM, period, report, new SigningCredentials(rsaCentre.key(), rsaCentre.chain(), "SHA512withRSA").sign(report))
                .statusCode(201);
        assertThat(stored(period)).hasSize(2);
    }

    @Test
    void malformedSubmissionsAre400AndNotStored() {
        String period = unusedPeriod();
        byte[] report = report(period);
        String document = Base64.getEncoder().encodeToString(report);
        String signature = Base64.getEncoder().encodeToString(PKI.centre().sign(report));

        invalid(body(FORM, period, "not base64!", signature), "document");
        invalid(body(FORM, period, document, "%%%"), "signature");
        invalid(body("QUARTERLY_SOMETHING", period, document, signature), "form");
        for (String badPeriod : List.of("2026-Q5", "2026Q1", "Q1-2026", "2026-q1", "")) {
            invalid(body(FORM, badPeriod, document, signature), "period");
        }
        invalid("{\"period\":\"" + period + "\",\"document\":\"" + document + "\",\"signature\":\"" + signature + "\"}", "form");
        invalid(body(FORM, period, "", signature), "document");
        post("{\"form\":").then().statusCode(400).contentType("application/problem+json");
        post("[]").then().statusCode(400).contentType("application/problem+json");
        assertThat(stored(period)).isEmpty();
    }

    @Test
    void onlyTheCentreSubmits() {
        String period = unusedPeriod();
        byte[] report = report(period);
        String body = body(FORM, period, Base64.getEncoder().encodeToString(report),
                Base64.getEncoder().encodeToString(PKI.centre().sign(report)));
        given().contentType("application/json").body(body).post(PATH)
                .then().statusCode(401).contentType("application/problem+json");
        given().header("X-Api-Key", "no-such-key").contentType("application/json").body(body).post(PATH)
                .then().statusCode(401);
        for (String other : List.of(ApiKeys.MINISTRY, ApiKeys.AUDITOR, ApiKeys.COMPENSATION_SERVICE)) {
            given().header("X-Api-Key", other).contentType("application/json").body(body).post(PATH)
                    .then().statusCode(403).contentType("application/problem+json");
        }
        given().header("X-Api-Key", ApiKeys.AUDITOR).get(PATH).then().statusCode(403);
        given().get(PATH).then().statusCode(401);
        assertThat(stored(period)).isEmpty();
    }

    @Test
    void aResubmissionIsAFurtherSubmissionAndTheLatestComesFirst_R1() {
        String period = unusedPeriod();
        byte[] first = report(period);
        byte[] corrected = (new String(first, StandardCharsets.UTF_8).replace("}}", ",\"corrected\":true}}"))
                .getBytes(StandardCharsets.UTF_8);
        String firstId = submit(FORM, period, first, PKI.centre().sign(first)).statusCode(201).extract().path("submissionId");
        String secondId = submit(FORM, period, corrected, PKI.centre().sign(corrected)).statusCode(201)
                .extract().path("submissionId");
        assertThat(stored(period)).containsExactly(secondId, firstId);
        // the submitter sees its own submissions too
        given().header("X-Api-Key", ApiKeys.LABOUR_RESOURCES_CENTRE).queryParam("form", FORM).queryParam("period", period)
                .get(PATH).then().statusCode(200).body("items.submissionId", hasItem(firstId)).body("items[0].document", equalTo(null));
    }

    @Test
    void unknownSubmissionIs404() {
        given().header("X-Api-Key", ApiKeys.MINISTRY).get(PATH + "/" + java.util.UUID.randomUUID())
                .then().statusCode(404).contentType("application/problem+json");
        // a malformed id is the caller's error, named as the path parameter
        given().header("X-Api-Key", ApiKeys.MINISTRY).get(PATH + "/not-a-uuid").then().statusCode(400)
                .contentType("application/problem+json").body("violations[0].field", equalTo("id"));
    }

    /** docs/gateway.md: a downloaded submission verifies with openssl against the trust anchors alone. */
    @Test
    void downloadedSubmissionVerifiesWithOpenssl_R2(@TempDir Path dir) throws Exception {
        String period = unusedPeriod();
        byte[] report = report(period);
        String id = submit(FORM, period, report, PKI.centre().sign(report)).statusCode(201).extract().path("submissionId");

        byte[] document = given().header("X-Api-Key", ApiKeys.MINISTRY).get(PATH + "/" + id + "/document")
                .then().statusCode(200).contentType("application/json").extract().asByteArray();
        byte[] signature = given().header("X-Api-Key", ApiKeys.MINISTRY).get(PATH + "/" + id + "/signature")
                .then().statusCode(200).contentType("application/pkcs7-signature").extract().asByteArray();
        assertThat(document).isEqualTo(report);
        Files.write(dir.resolve(id + ".json"), document);
        Files.write(dir.resolve(id + ".p7s"), signature);
        Path anchors = PKI.files().trustAnchors();
        assertThat(TestPki.opensslCmsVerify(dir.resolve(id + ".p7s"), dir.resolve(id + ".json"), anchors)).isZero();

        document[0] = ' ';
        Files.write(dir.resolve("changed.json"), document);
        assertThat(TestPki.opensslCmsVerify(dir.resolve(id + ".p7s"), dir.resolve("changed.json"), anchors)).isNotZero();
    }

    @Test
    void theEndpointIsDocumentedInTheGatewaysOpenApi() {
        given().accept("application/json").get("/q/openapi").then().statusCode(200)
                .body("paths.'/ministry/v1/report-submissions'.post.tags", hasItem("Ministry: report reception (simulated)"))
                .body("paths.'/ministry/v1/report-submissions'.post.responses.'422'.content.'application/problem+json'.examples.tampered.value.reason",
                        equalTo("TAMPERED"))
                .body("paths.'/ministry/v1/report-submissions/{id}'.get.summary", containsString("received"));
    }

    private static ValidatableResponse assertRefused(ValidatableResponse response, String reason) {
        return response.statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("https://rehab.gov.kz/problems/report-signature-refused"))
                .body("reason", equalTo(reason))
                .body("detail", org.hamcrest.Matchers.not(org.hamcrest.Matchers.emptyOrNullString()));
    }

    private static void invalid(String body, String field) {
        post(body).then().statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", hasItem(field));
    }

    private static ValidatableResponse submit(String form, String period, byte[] document, byte[] signature) {
        return post(body(form, period, Base64.getEncoder().encodeToString(document),
                Base64.getEncoder().encodeToString(signature))).then();
    }

    private static io.restassured.response.Response post(String body) {
        return given().header("X-Api-Key", ApiKeys.LABOUR_RESOURCES_CENTRE).contentType("application/json").body(body).post(PATH);
    }

    private static String body(String form, String period, String document, String signature) {
        return """
                {"form":"%s","period":"%s","documentType":"application/json","document":"%s","signature":"%s"}"""
                .formatted(form, period, document, signature);
    }

    /** Ids of what the Ministry holds for the period, newest first (as a Ministry officer sees it). */
    private static List<String> stored(String period) {
        return given().header("X-Api-Key", ApiKeys.MINISTRY).queryParam("form", FORM).queryParam("period", period)
                .queryParam("size", 100).get(PATH).then().statusCode(200).extract().jsonPath().getList("items.submissionId", String.class);
    }

    /** A quarter no earlier run of these tests used (the database is kept between runs). */
    private static String unusedPeriod() {
        while (true) {
            String period = ThreadLocalRandom.current().nextInt(2100, 10_000) + "-Q" + ThreadLocalRandom.current().nextInt(1, 5);
            if (stored(period).isEmpty()) {
                return period;
            }
        }
    }

    private static byte[] report(String period) {
        return ("{\"form\":\"" + FORM + "\",\"period\":\"" + period + "\",\"total\":{\"children\":12,\"recipients\":11}}")
                .getBytes(StandardCharsets.UTF_8);
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}

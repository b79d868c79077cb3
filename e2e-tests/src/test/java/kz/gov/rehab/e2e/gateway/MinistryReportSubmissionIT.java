package kz.gov.rehab.e2e.gateway;

import static kz.gov.rehab.e2e.gateway.RunningSystem.gateway;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The running gateway's simulated Ministry with the keys scripts/apps.sh generated (docs/law.md §3
 * R2): a report signed with the Centre's key, here by openssl (another implementation than the
 * services'), is accepted; the same signature over a document with one byte changed is refused and
 * not kept; what was kept verifies with openssl against the trust anchor alone.
 */
class MinistryReportSubmissionIT {

    private static final String PATH = "/ministry/v1/report-submissions";
    private static final String FORM = "HOME_SCHOOLING_REIMBURSEMENT";

    @Test
    void reportSignedWithTheGeneratedCentreKeyIsAccepted_tamperedOneRefused_R2(@TempDir Path dir) throws Exception {
        Path keys = RunningSystem.keys();
        assertThat(keys.resolve("centre-signing-key.pem")).as("keys made by scripts/apps.sh (apps_keys)").exists();
        String period = ThreadLocalRandom.current().nextInt(2100, 10_000) + "-Q" + ThreadLocalRandom.current().nextInt(1, 5);
        byte[] report = ("{\"form\":\"" + FORM + "\",\"period\":\"" + period + "\",\"total\":{\"children\":3,\"paid\":3}}")
                .getBytes(StandardCharsets.UTF_8);
        Files.write(dir.resolve("report.json"), report);
        openssl(dir, "cms", "-sign", "-binary", "-outform", "DER", "-in", "report.json",
                "-signer", keys.resolve("centre-signing-chain.pem").toString(),
                "-inkey", keys.resolve("centre-signing-key.pem").toString(),
                "-certfile", keys.resolve("ministry-trust-anchor.pem").toString(), "-out", "report.p7s");
        byte[] signature = Files.readAllBytes(dir.resolve("report.p7s"));

        byte[] tampered = report.clone();
        tampered[tampered.length - 3] = (byte) (tampered[tampered.length - 3] == '3' ? '4' : '3');
        submit(period, tampered, signature)
                .statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("https://rehab.gov.kz/problems/report-signature-refused"))
                .body("reason", equalTo("TAMPERED"));
        ministry().queryParam("form", FORM).queryParam("period", period).get(PATH)
                .then().statusCode(200).body("items", hasSize(0));

        String id = submit(period, report, signature)
                .statusCode(201)
                .header("Location", containsString(PATH + "/"))
                .body("signer", containsString("CN=Labour Resources Development Centre"))
                .extract().path("submissionId");
        ministry().queryParam("form", FORM).queryParam("period", period).get(PATH)
                .then().statusCode(200).body("items.submissionId", equalTo(List.of(id)));

        // the independent check of docs/gateway.md, on what the Ministry kept
        Files.write(dir.resolve(id + ".json"), ministry().get(PATH + "/" + id + "/document").then().statusCode(200)
                .extract().asByteArray());
        Files.write(dir.resolve(id + ".p7s"), ministry().get(PATH + "/" + id + "/signature").then().statusCode(200)
                .extract().asByteArray());
        openssl(dir, "cms", "-verify", "-binary", "-inform", "DER", "-in", id + ".p7s", "-content", id + ".json",
                "-CAfile", keys.resolve("ministry-trust-anchor.pem").toString(), "-purpose", "any", "-out", "/dev/null");
    }

    @Test
    void onlyTheCentreSubmits() {
        gateway().header("X-Api-Key", "dev-key-state-corporation").contentType("application/json").body("{}").post(PATH)
                .then().statusCode(403).contentType("application/problem+json");
        gateway().contentType("application/json").body("{}").post(PATH).then().statusCode(401);
    }

    private static io.restassured.response.ValidatableResponse submit(String period, byte[] document, byte[] signature) {
        Base64.Encoder base64 = Base64.getEncoder();
        return gateway().header("X-Api-Key", "dev-key-labour-resources-centre").contentType("application/json")
                .body("{\"form\":\"" + FORM + "\",\"period\":\"" + period + "\",\"documentType\":\"application/json\","
                        + "\"document\":\"" + base64.encodeToString(document) + "\",\"signature\":\""
                        + base64.encodeToString(signature) + "\"}")
                .post(PATH).then();
    }

    private static io.restassured.specification.RequestSpecification ministry() {
        return gateway().header("X-Api-Key", "dev-key-ministry");
    }

    private static void openssl(Path dir, String... arguments) throws InterruptedException {
        List<String> command = new ArrayList<>(List.of("openssl"));
        command.addAll(List.of(arguments));
        try {
            Process process = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(process.waitFor()).as(String.join(" ", command) + "\n" + output).isZero();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

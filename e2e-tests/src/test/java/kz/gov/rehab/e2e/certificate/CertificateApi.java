package kz.gov.rehab.e2e.certificate;

import static org.awaitility.Awaitility.await;

import io.restassured.RestAssured;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The certificate service as calling government systems reach it: through the gateway, with the
 * development API keys of docs/gateway.md ("dev-key-<system id>").
 */
final class CertificateApi {

    static final String URL = url();
    /** The State Corporation's development key is bound to this branch. */
    static final String BRANCH = "ASTANA-01";

    static final String STATE_CORPORATION = "dev-key-state-corporation";
    static final String AKIMAT_ASTANA = "dev-key-akimat-astana";
    static final String AKIMAT_ALMATY = "dev-key-akimat-almaty";
    static final String AKIMAT_KARAGANDA = "dev-key-akimat-karaganda";
    static final String EGOV_PORTAL = "dev-key-egov-portal";
    static final String CONTACT_CENTRE = "dev-key-contact-centre";
    static final String REGISTER_OPERATOR = "dev-key-certificate-register-operator";
    static final String AUDITOR = "dev-key-auditor";
    static final String QUALITY_AUTHORITY = "dev-key-quality-authority";
    static final String MONITORING = "dev-key-monitoring";

    /** Registry fixtures (docs/registry-fixtures.md). */
    static final String ISKAKOV = "330707399060";          // Astana, identity card 099000007 in force
    static final String ISKAKOV_ID_CARD = "099000007";
    static final String AKHMETOV = "720614399047";         // Astana, acts as a representative
    static final String AKHMETOV_ID_CARD = "099000005";
    static final String AKHMETOV_SERIK = "290214399070";   // Astana, identity card 099000008 in force
    static final String AKHMETOV_SERIK_ID_CARD = "099000008";
    static final String OMAROVA = "380922499015";          // Almaty, identity card expired 2025-03-09
    static final String OMAROVA_ID_CARD = "099000002";
    static final String KIM = "361130499059";              // Almaty, identity card 099000006 in force
    static final String KIM_ID_CARD = "099000006";
    /** Her certificate was issued before the system: imported into the register at start (fixtures.csv). */
    static final String KIM_PRE_SYSTEM_CERTIFICATE = "750000000-1998-000412";
    static final String ZHUMABAYEV = "310105399024";       // deceased 2024-02-11, registered in Karaganda
    static final String ZHUMABAYEV_ID_CARD = "099000003";
    static final String PETROVA = "400318499038";          // no registered address
    static final String PETROVA_ID_CARD = "099000004";
    static final String UNKNOWN = "791028302728";          // valid check digit, in no registry
    static final String SEITKALI = "350412399000";         // Astana, no patronymic, identity card 099000001 in force
    static final String SEITKALI_ID_CARD = "099000001";

    private CertificateApi() {
    }

    static RequestSpecification as(String apiKey) {
        return RestAssured.given().baseUri(URL).header("X-Api-Key", apiKey).contentType("application/json");
    }

    static String application(String requested, String iin, String idCard, boolean withReference, String representative) {
        return """
                {"requested":"%s","applicantIin":"%s",%s
                 "documents":{"identity":{"kind":"ID_CARD","number":"%s"}%s},
                 "documentsAuthentic":true,"personalDataConsent":true,
                 "acceptedBy":{"surname":"Сапарова","name":"Динара","position":"Chief specialist"},
                 "branch":{"number":"%s","address":"Астана, Қабанбай батыр даңғылы 1"}}"""
                .formatted(requested, iin, representative, idCard, withReference ? """
                        ,"rehabilitation":{"kind":"REHABILITATION_REFERENCE","number":"R-1999-099007","issuedOn":"1999-03-03","issuer":"Прокуратура"}""" : "",
                        BRANCH);
    }

    /** The residential address written on the form (Appendix 1) and, when given, the name as written. */
    static String writtenOnTheForm(String body, String katoCode, String surname, String name) {
        String written = "\"residentialAddress\":{\"text\":\"as written on the form\",\"katoCode\":\"" + katoCode + "\"},"
                + (surname == null ? "" : "\"applicantName\":{\"surname\":\"" + surname + "\",\"name\":\"" + name + "\"},");
        return body.replace("\"documentsAuthentic\"", written + "\"documentsAuthentic\"");
    }

    /**
     * Submits an application the way a careful client does: with an Idempotency-Key, retrying with
     * the same key while the service answers 503 (a registry briefly unavailable, Retry-After).
     */
    static ExtractableResponse<Response> submit(String body) {
        String key = UUID.randomUUID().toString();
        AtomicReference<ExtractableResponse<Response>> answer = new AtomicReference<>();
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1)).until(() -> {
            answer.set(as(STATE_CORPORATION).header("Idempotency-Key", key).body(body)
                    .post("/api/v1/certificates/applications").then().extract());
            return answer.get().statusCode() != 503;
        });
        return answer.get();
    }

    private static String url() {
        String url = System.getProperty("gateway.url");
        if (url == null || url.isBlank() || url.startsWith("${")) {
            url = System.getenv().getOrDefault("GATEWAY_URL", "http://127.0.0.1:8080");
        }
        return url;
    }
}

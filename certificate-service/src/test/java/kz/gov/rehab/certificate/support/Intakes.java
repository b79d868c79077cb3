package kz.gov.rehab.certificate.support;

import static io.restassured.RestAssured.given;

import io.restassured.response.ValidatableResponse;

/**
 * Application bodies as a State Corporation branch sends them, for the registry fixtures of
 * docs/registry-fixtures.md, and the calls of the service's API that the tests repeat.
 */
public final class Intakes {

    public static final String BRANCH = "SC-0101";
    /** Has an identity card in force and a rehabilitation record; lives in Astana. */
    public static final String SEITKALI = "350412399000";
    public static final String SEITKALI_ID_CARD = "099000001";
    /** Identity card expired on 2025-03-09. */
    public static final String OMAROVA = "380922499015";
    public static final String OMAROVA_ID_CARD = "099000002";
    /** Acts as a representative. */
    public static final String AKHMETOV = "720614399047";
    public static final String AKHMETOV_ID_CARD = "099000005";
    /** Lives in Almaty (Medeu district). */
    public static final String KIM = "361130499059";
    public static final String KIM_ID_CARD = "099000006";
    /** Lives in Astana. */
    public static final String ISKAKOV = "330707399060";
    public static final String ISKAKOV_ID_CARD = "099000007";

    /** Deceased on 2024-02-11; registered in Karaganda. */
    public static final String ZHUMABAYEV = "310105399024";
    public static final String ZHUMABAYEV_ID_CARD = "099000003";
    /** No registered address. */
    public static final String PETROVA = "400318499038";
    public static final String PETROVA_ID_CARD = "099000004";
    /** Valid check digit, in no registry. */
    public static final String UNKNOWN = "791028302728";

    private Intakes() {
    }

    public static String body(String requested, String iin, String idCard, boolean withReference) {
        return """
                {"requested":"%s","applicantIin":"%s",
                 "documents":{"identity":{"kind":"ID_CARD","number":"%s"}%s},
                 "documentsAuthentic":true,"personalDataConsent":true,
                 "acceptedBy":{"surname":"Сапарова","name":"Динара","position":"Chief specialist","phone":"+7 7172 55 00 11"},
                 "branch":{"number":"%s","address":"Астана, Қабанбай батыр даңғылы 1"}}"""
                .formatted(requested, iin, idCard, withReference ? """
                        ,"rehabilitation":{"kind":"REHABILITATION_REFERENCE","number":"R-1996-099001","issuedOn":"1996-04-18","issuer":"Прокуратура"}""" : "",
                        BRANCH);
    }

    /** A complete set with the residential address written on the form (Appendix 1), e.g. for a person without a registered one. */
    public static String withResidentialAddress(String body, String katoCode) {
        return body.replace("\"documentsAuthentic\"", """
                "residentialAddress":{"text":"Алматы қ., Медеу ауданы, Достық даңғылы 85, 12","katoCode":"%s"},"documentsAuthentic\""""
                .formatted(katoCode));
    }

    /** A complete set for a person the registries do not know: name and address as written, the card's own validity date. */
    public static String unknownPerson(String iin) {
        return withResidentialAddress(certificate(iin, "123456789"), "751110000")
                .replace("\"number\":\"123456789\"}", "\"number\":\"123456789\",\"validUntil\":\"2031-01-01\"}")
                .replace("\"documentsAuthentic\"", "\"applicantName\":{\"surname\":\"Белгісіз\",\"name\":\"Адам\"},\"documentsAuthentic\"");
    }

    public static String certificate(String iin, String idCard) {
        return body("CERTIFICATE", iin, idCard, true);
    }

    public static ValidatableResponse submit(String body) {
        return given().auth().oauth2(GatewayTokens.stateCorporation(BRANCH)).contentType("application/json").body(body)
                .post("/api/v1/certificates/applications").then();
    }

    /** Submits a complete set and answers the application number and the competent akimat's code. */
    public static String[] accepted(String iin, String idCard) {
        var response = submit(certificate(iin, idCard)).statusCode(201).extract();
        return new String[] {response.path("number"), response.path("akimatCode")};
    }
}

package kz.gov.rehab.e2e;

import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;

/** Where the running gateway is: system property or environment {@code GATEWAY_URL}. */
public final class Gateway {

    public static final String URL = url();

    private Gateway() {
    }

    public static RequestSpecification given() {
        return RestAssured.given().baseUri(URL);
    }

    private static String url() {
        String url = System.getProperty("gateway.url");
        if (url == null || url.isBlank() || url.startsWith("${")) {
            url = System.getenv().getOrDefault("GATEWAY_URL", "http://127.0.0.1:8080");
        }
        return url;
    }
}

package kz.gov.rehab.gateway.events;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The status events' contract, served to anybody: the AsyncAPI document and the schema of every type it names. */
@QuarkusTest
class EventContractTest {

    @Test
    void everySchemaTheAsyncApiDocumentReferencesIsServedWithoutAKey() {
        String document = given().get("/api/v1/asyncapi.yaml").then().statusCode(200)
                .contentType("application/yaml").extract().asString();
        assertTrue(document.startsWith("#") && document.contains("asyncapi: 3.0.0"));
        Matcher reference = Pattern.compile("\\$ref: '(events/schemas/[^']+\\.json)'").matcher(document);
        int schemas = 0;
        while (reference.find()) {
            String type = reference.group(1).substring("events/schemas/".length()).replace(".json", "");
            given().get("/api/v1/" + reference.group(1)).then().statusCode(200)
                    .contentType("application/schema+json")
                    .body("$schema", equalTo("https://json-schema.org/draft/2020-12/schema"))
                    .body("title", equalTo(type));
            schemas++;
        }
        assertTrue(schemas >= 38, "a schema per event type of both services, found " + schemas);
    }

    @Test
    void anUnknownOrForgedNameIsA404Problem() {
        for (String name : new String[] {"kz.gov.rehab-certificate.application.unknown.json", "..%2Fapplication.properties",
                "asyncapi.yaml"}) {
            given().get("/api/v1/events/schemas/" + name).then().statusCode(404)
                    .contentType("application/problem+json")
                    .body("type", startsWith("https://")).body("status", equalTo(404));
        }
    }
}

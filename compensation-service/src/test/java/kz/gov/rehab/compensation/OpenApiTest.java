package kz.gov.rehab.compensation;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every endpoint of the compensation API is documented: a summary, a tag, and examples for request bodies. */
@QuarkusTest
class OpenApiTest {

    @Test
    @SuppressWarnings("unchecked")
    void everyEndpointIsDocumentedWithSummaryTagAndExamples() {
        JsonPath openApi = given().accept("application/json").get("/q/openapi").then().statusCode(200).extract().jsonPath();
        Map<String, Map<String, Object>> paths = openApi.getMap("paths");
        List<String> ours = paths.keySet().stream().filter(path -> path.startsWith("/api/v1/compensations")).toList();
        assertThat(ours).contains("/api/v1/compensations/applications", "/api/v1/compensations/applications/{id}/decision",
                "/api/v1/compensations/payout-batches", "/api/v1/compensations/payout-batches/{id}/approval",
                "/api/v1/compensations/payout-batches/{id}/bank-statement", "/api/v1/compensations/payout-batches/{id}/pain001",
                "/api/v1/compensations/payout-batches/{id}/reconciliation", "/api/v1/compensations/status-inquiries",
                "/api/v1/compensations/applications/{id}/reissue");
        for (String path : ours) {
            for (Map.Entry<String, Object> operation : paths.get(path).entrySet()) {
                if (!(operation.getValue() instanceof Map<?, ?> op) || !op.containsKey("responses")) {
                    continue;
                }
                String where = operation.getKey().toUpperCase() + " " + path;
                assertThat(op.get("summary")).as(where + " summary").isNotNull();
                assertThat((List<String>) op.get("tags")).as(where + " tags").isNotEmpty();
                if (op.get("requestBody") instanceof Map<?, ?> body && body.get("content") instanceof Map<?, ?> content) {
                    Map<String, Object> json = (Map<String, Object>) content.get("application/json");
                    assertThat(json).as(where + " request body").isNotNull();
                    assertThat(json.get("examples")).as(where + " request examples").isNotNull();
                }
            }
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void thePaperDocumentsAreDocumentedWithThePdfMediaType() {
        JsonPath openApi = given().accept("application/json").get("/q/openapi").then().statusCode(200).extract().jsonPath();
        for (String path : List.of("/api/v1/compensations/applications/{id}", "/api/v1/compensations/applications/{id}/decision")) {
            Map<String, Object> content = openApi.<String, Object>getMap("paths.'" + path + "'.get.responses.'200'.content");
            assertThat(content).as(path).containsKeys("application/json", "application/pdf");
            assertThat((Map<String, Object>) content.get("application/pdf")).as(path).extractingByKey("schema")
                    .asString().contains("binary");
        }
    }
}

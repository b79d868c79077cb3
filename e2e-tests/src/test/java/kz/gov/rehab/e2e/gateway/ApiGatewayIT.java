package kz.gov.rehab.e2e.gateway;

import static kz.gov.rehab.e2e.gateway.RunningSystem.directly;
import static kz.gov.rehab.e2e.gateway.RunningSystem.gateway;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.notNullValue;

import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The API gateway in front of the running services: a caller with a valid key reaches both
 * services, the services accept the identity the gateway forwards and refuse anything else.
 */
class ApiGatewayIT {

    @Test
    void callerWithKeyReachesTheCertificateService() {
        gateway().header("X-Api-Key", "dev-key-state-corporation")
                .get("/api/v1/certificates/calendar/2026")
                .then().statusCode(200);
    }

    @Test
    void compensationServiceAcceptsTheForwardedIdentityAndItsRoles() {
        gateway().header("X-Api-Key", "dev-key-compensation-officer")
                .queryParam("number", "CMP-0000-000000")
                .get("/api/v1/compensations/applications")
                .then().statusCode(200)
                .body("items.size()", equalTo(0)).body("totalItems", equalTo(0));
    }

    @Test
    void serviceEnforcesItsOwnRolesOnTheForwardedIdentity() {
        // monitoring may use the route, but not this endpoint: the service itself answers 403
        gateway().header("X-Api-Key", "dev-key-monitoring")
                .queryParam("number", "CMP-0000-000000")
                .get("/api/v1/compensations/applications")
                .then().statusCode(403)
                .contentType("application/problem+json");
    }

    @Test
    void withoutKeyTheGatewayAnswers401() {
        gateway().get("/api/v1/certificates/calendar/2026")
                .then().statusCode(401)
                .contentType("application/problem+json");
        gateway().get("/api/v1/compensations/applications")
                .then().statusCode(401)
                .contentType("application/problem+json");
    }

    @Test
    void roleNotAdmittedOnTheRouteIs403() {
        gateway().header("X-Api-Key", "dev-key-certificate-service")
                .get("/api/v1/compensations/applications")
                .then().statusCode(403)
                .contentType("application/problem+json");
        gateway().header("X-Api-Key", "dev-key-payment-operator")
                .get("/api/v1/certificates/calendar/2026")
                .then().statusCode(403)
                .contentType("application/problem+json");
    }

    @Test
    void servicesRefuseCallsThatDidNotComeThroughTheGateway() {
        directly("COMPENSATION_PORT", 8082)
                .header("X-Api-Key", "dev-key-compensation-officer")
                .header("Authorization", "Bearer forged.token.value")
                .queryParam("number", "CMP-0000-000000")
                .get("/api/v1/compensations/applications")
                .then().statusCode(401);
    }

    @Test
    void requestIdTravelsThroughGatewayAndService() {
        String requestId = "e2e-" + UUID.randomUUID();
        gateway().header("X-Api-Key", "dev-key-state-corporation").header("X-Request-Id", requestId)
                .get("/api/v1/certificates/calendar/2026")
                .then().statusCode(200)
                .header("X-Request-Id", equalTo(requestId));
    }

    @Test
    void swaggerUiOffersTheServicesThroughTheGateway() {
        gateway().get("/openapi/certificates.json")
                .then().statusCode(200)
                .body("info.title", equalTo("Certificate service"))
                .body("servers[0].url", equalTo("/"))
                .body("components.securitySchemes", hasKey("api-key"));
        gateway().get("/openapi/compensations.json")
                .then().statusCode(200)
                .body("info.title", equalTo("Compensation service"))
                .body("security[0]", hasKey("api-key"));
        gateway().get("/q/swagger-ui/index.html").then().statusCode(200).header("Content-Type", notNullValue());
    }
}

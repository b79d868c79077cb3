package kz.gov.rehab.e2e.certificate;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;

import java.util.stream.Collectors;
import java.util.stream.IntStream;
import kz.gov.rehab.e2e.Gateway;
import org.junit.jupiter.api.Test;

/** C11, para 20: the authorised body publishes the service information through the gateway. */
class ServiceInformationIT {

    @Test
    void editorPublishesAVersionWithTheUpdateDueDate_para20() {
        String items = IntStream.rangeClosed(1, 12)
                .mapToObj(i -> "{\"item\":%d,\"title\":\"Item %d\",\"text\":\"Text %d\"}".formatted(i, i, i))
                .collect(Collectors.joining(","));
        // approved Friday 20 March 2026: 3 working days after it, Nauryz (23-25 March) skipped → 30 March
        Gateway.given().header("X-Api-Key", "dev-key-service-information-editor").contentType("application/json")
                .body("{\"approvedOn\":\"2026-03-20\",\"effectiveFrom\":\"2026-04-01\",\"items\":[" + items + "]}")
                .post("/api/v1/certificates/service-information")
                .then().statusCode(201)
                .body("version", greaterThan(1))
                .body("updateDueOn", equalTo("2026-03-30"));
    }

    @Test
    void otherSystemsCannotPublish_para20() {
        Gateway.given().header("X-Api-Key", "dev-key-state-corporation").contentType("application/json")
                .body("{\"approvedOn\":\"2026-03-20\",\"effectiveFrom\":\"2026-04-01\",\"items\":[]}")
                .post("/api/v1/certificates/service-information")
                .then().statusCode(403).contentType("application/problem+json");
    }
}

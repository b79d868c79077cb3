package kz.gov.rehab.commons.json;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import kz.gov.rehab.commons.time.Timestamps;
import org.junit.jupiter.api.Test;

/** The application's one mapper writes every kind of moment in the convention of {@link Timestamps}. */
@QuarkusTest
class TimestampsInJsonTest {

    @Inject
    ObjectMapper json;

    @Test
    void restAnswersGiveEveryMomentInTheServiceZoneWithWholeSeconds() {
        given().get("/probe/moment").then().statusCode(200)
                .body("instant", equalTo("2026-12-01T22:28:00+05:00"))
                .body("utc", equalTo("2026-12-01T22:28:00+05:00"))
                .body("zoned", equalTo("2026-12-01T22:28:00+05:00"));
    }

    @Test
    void theInjectedMapperWritesTheSameWay() throws Exception {
        assertEquals("\"2026-12-01T22:28:00+05:00\"", json.writeValueAsString(Instant.parse("2026-12-01T17:28:00.5Z")));
    }
}

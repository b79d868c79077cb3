package kz.gov.rehab.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Reads a whole list through the gateway the way a client does: page after page by the {@code next}
 * link, which must also be the {@code Link} header's rel="next" and must work through the gateway.
 */
public final class Pages {

    /** Far more pages than any test list has: a link that never ends fails the test instead of looping. */
    private static final int MAX_PAGES = 200;

    private Pages() {
    }

    /** One field of every item of the list that starts at {@code first} (path and query). */
    public static <T> List<T> field(Supplier<RequestSpecification> caller, String first, String field, Class<T> type) {
        List<T> values = new ArrayList<>();
        String next = first;
        for (int page = 0; next != null; page++) {
            assertTrue(page < MAX_PAGES, "the list " + first + " has no last page");
            Response answer = caller.get().get(next);
            answer.then().statusCode(200);
            JsonPath body = answer.jsonPath();
            assertEquals(page, body.getInt("page"), "pages follow one another from " + first);
            values.addAll(body.getList("items." + field, type));
            next = body.getString("next");
            String link = answer.getHeader("Link");
            if (next != null) {
                assertTrue(link != null && link.contains("<" + next + ">; rel=\"next\""), "Link header " + link + " names " + next);
            }
        }
        return values;
    }
}

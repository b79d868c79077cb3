package kz.gov.rehab.commons.egov;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.Map;

/** RFC 9457 bodies for the answers this package maps. */
final class EgovProblems {

    static final MediaType PROBLEM_JSON = MediaType.valueOf("application/problem+json");
    static final String TYPE_BASE = "https://rehab.gov.kz/problems/";

    private EgovProblems() {
    }

    static Response.ResponseBuilder problem(int status, String slug, String title, String detail, String instance) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", TYPE_BASE + slug);
        body.put("title", title);
        body.put("status", status);
        body.put("detail", detail);
        if (instance != null) {
            body.put("instance", instance);
        }
        return Response.status(status).type(PROBLEM_JSON).entity(body);
    }
}

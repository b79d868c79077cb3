package kz.gov.rehab.certificate.application.rest;

import java.util.List;
import kz.gov.rehab.commons.problem.Problem;
import kz.gov.rehab.commons.problem.ProblemException;

/** The version a client saw, from {@code If-Match: "3"} (the ETag of the application). */
public final class IfMatch {

    private IfMatch() {
    }

    public static Long version(String header) {
        if (header == null || header.isBlank()) {
            return null;
        }
        String value = header.trim().replaceFirst("^W/", "").replace("\"", "");
        if (!value.matches("\\d{1,18}")) {
            throw ProblemException.badRequest("If-Match must carry the application's ETag, e.g. \"3\"",
                    List.of(new Problem.Violation("If-Match", "not a version")));
        }
        return Long.parseLong(value);
    }

    public static String etag(long version) {
        return "\"" + version + "\"";
    }
}

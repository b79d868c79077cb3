package kz.gov.rehab.gateway.problem;

import com.fasterxml.jackson.annotation.JsonInclude;

/** RFC 9457 problem details, as every error of the gateway is answered. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(String type, String title, int status, String detail, String instance) {

    public static final String MEDIA_TYPE = "application/problem+json";
    public static final String TYPE_BASE = "https://rehab.gov.kz/problems/";

    public static Problem of(int status, String slug, String title, String detail, String instance) {
        return new Problem(TYPE_BASE + slug, title, status, detail, instance);
    }
}

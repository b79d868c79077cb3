package kz.gov.rehab.commons.egov;

/** Header names of the digital-government gateway. */
public final class EgovHeaders {

    /** The case (application number) a registry request is made for; required, as in X-Road. */
    public static final String CASE = "X-Road-Issue";
    /** The calling system's API key. */
    public static final String API_KEY = "X-Api-Key";
    public static final String REQUEST_ID = "X-Request-Id";

    private EgovHeaders() {
    }
}

package kz.gov.rehab.gateway.registry;

/** Constants of the registry API's OpenAPI description. */
public final class RegistryApi {

    public static final String SECURITY_SCHEME = "api-key";
    public static final String CASE_DESCRIPTION = "The case the request is made for (e.g. the application number); "
            + "required, written to the access log.";

    private RegistryApi() {
    }
}

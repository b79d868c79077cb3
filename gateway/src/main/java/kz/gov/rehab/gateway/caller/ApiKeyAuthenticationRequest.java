package kz.gov.rehab.gateway.caller;

import io.quarkus.security.identity.request.BaseAuthenticationRequest;

/** The API key a caller presented in {@code X-Api-Key}. */
public class ApiKeyAuthenticationRequest extends BaseAuthenticationRequest {

    private final String apiKey;

    public ApiKeyAuthenticationRequest(String apiKey) {
        this.apiKey = apiKey;
    }

    public String apiKey() {
        return apiKey;
    }
}

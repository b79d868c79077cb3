package kz.gov.rehab.commons.document;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Where the QR codes of paper documents point: the public address of the gateway, before the
 * verification paths ({@code DOCUMENTS_VERIFICATION_BASE_URL}). It is printed, so it must be the
 * address a reader of the paper can reach, not a service's internal one.
 */
@ConfigMapping(prefix = "documents")
public interface DocumentsConfig {

    @WithDefault("http://127.0.0.1:8080")
    String verificationBaseUrl();

    /** The verification link of a path such as {@code /api/v1/certificates/verification/...}. */
    default String verificationLink(String path) {
        String base = verificationBaseUrl();
        return (base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + path;
    }
}

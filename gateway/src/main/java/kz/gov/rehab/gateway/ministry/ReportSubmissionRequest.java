package kz.gov.rehab.gateway.ministry;

/**
 * A signed report as submitted: the exact bytes of the document and a CMS (PKCS#7) detached
 * signature over them, both base64, the signature carrying the signer's certificate chain.
 */
public record ReportSubmissionRequest(String form, String period, String documentType, String document, String signature) {
}

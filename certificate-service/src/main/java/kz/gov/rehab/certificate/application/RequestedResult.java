package kz.gov.rehab.certificate.application;

/** What the applicant asks for (Appendix 1): a certificate, or a duplicate of it. */
public enum RequestedResult {
    CERTIFICATE,
    DUPLICATE
}

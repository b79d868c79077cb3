package kz.gov.rehab.commons.egov;

/** Request for an identity document from the digital documents service with a one-time code. */
public record DigitalDocumentRequest(String iin, String code) {
}

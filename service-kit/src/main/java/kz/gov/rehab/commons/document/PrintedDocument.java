package kz.gov.rehab.commons.document;

/** A paper document as printed: its identity (number, file name) and its PDF bytes. */
public record PrintedDocument(DocumentIdentity identity, byte[] pdf) {
}

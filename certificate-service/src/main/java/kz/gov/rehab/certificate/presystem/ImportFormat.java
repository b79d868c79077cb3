package kz.gov.rehab.certificate.presystem;

/** The file formats an operator imports: CSV with a header line, or a JSON array of rows. */
public enum ImportFormat {
    CSV,
    JSON
}

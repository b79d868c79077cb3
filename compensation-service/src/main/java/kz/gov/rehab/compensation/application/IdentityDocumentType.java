package kz.gov.rehab.compensation.application;

/** Type of the identity document named on the form (P1). */
public enum IdentityDocumentType {
    IDENTITY_CARD,
    PASSPORT,
    RESIDENCE_PERMIT,
    STATELESS_PERSON_CERTIFICATE
}

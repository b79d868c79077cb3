package kz.gov.rehab.compensation.application;

/** Type of the identity document named on the form (P1), as the state database of individuals names it. */
public enum IdentityDocumentType {
    ID_CARD,
    PASSPORT
}

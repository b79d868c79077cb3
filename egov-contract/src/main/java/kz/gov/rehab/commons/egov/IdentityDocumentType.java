package kz.gov.rehab.commons.egov;

public enum IdentityDocumentType {
    ID_CARD, PASSPORT
}

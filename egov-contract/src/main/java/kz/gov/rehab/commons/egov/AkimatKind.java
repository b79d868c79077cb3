package kz.gov.rehab.commons.egov;

/** The local executive bodies that provide the certificate service (C6, standard item 3). */
public enum AkimatKind {
    CITY_OF_REPUBLICAN_SIGNIFICANCE, CITY_OF_REGIONAL_SIGNIFICANCE, DISTRICT
}

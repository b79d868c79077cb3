package kz.gov.rehab.commons.egov;

/**
 * Category under the Law "On rehabilitation of victims of mass political repressions": a repressed
 * person, or a person (a child) who suffered from repressions.
 */
public enum RehabilitationCategory {
    REPRESSED, SUFFERED_FROM_REPRESSIONS
}

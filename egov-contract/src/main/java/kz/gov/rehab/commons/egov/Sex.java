package kz.gov.rehab.commons.egov;

public enum Sex {
    MALE, FEMALE
}

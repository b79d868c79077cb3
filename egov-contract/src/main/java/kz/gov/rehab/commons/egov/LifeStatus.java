package kz.gov.rehab.commons.egov;

public enum LifeStatus {
    ALIVE, DECEASED
}

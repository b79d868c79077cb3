package kz.gov.rehab.commons.events;

/** How the application reached the service (standard item 4 of each service's rules). */
public enum Channel {
    /** Filed at a branch of the State Corporation "Government for Citizens" (the only channel for a certificate, C6). */
    STATE_CORPORATION,
    /** Filed through the "digital government" web portal. */
    EGOV_PORTAL,
    /** Filed directly with the service provider (e.g. a territorial subdivision of the Committee, P1). */
    SERVICE_PROVIDER
}

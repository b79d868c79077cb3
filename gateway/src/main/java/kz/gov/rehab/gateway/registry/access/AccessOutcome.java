package kz.gov.rehab.gateway.registry.access;

/** How a registry request ended. */
public enum AccessOutcome {
    /** The registry answered with the data asked for. */
    FOUND,
    /** The registry holds nothing for that IIN. */
    NOT_FOUND,
    /** The request named no case (X-Road-Issue) or an invalid one. */
    NO_CASE,
    /** The IIN or the body was invalid. */
    INVALID_REQUEST,
    /** A one-time code was wrong, expired or already used. */
    REFUSED,
    /** An injected fault (outage or error) answered instead of the registry. */
    FAULT_INJECTED
}

package kz.gov.rehab.commons.caller;

/**
 * The calling government system as the gateway vouched for it: system id, the role it acts in,
 * and its organisation (an akimat's KATO code, a State Corporation branch number) when bound.
 */
public record Caller(String system, String role, String organisation) {
}

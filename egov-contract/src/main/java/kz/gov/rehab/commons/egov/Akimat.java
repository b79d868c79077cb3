package kz.gov.rehab.commons.egov;

/**
 * A local executive body from the akimat directory. {@code code} is the KATO code of its territory
 * and is also the organisation code the gateway binds to an akimat's API key.
 */
public record Akimat(String code, AkimatKind kind, String nameKk, String nameRu) {
}

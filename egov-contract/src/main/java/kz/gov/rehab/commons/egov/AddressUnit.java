package kz.gov.rehab.commons.egov;

/** A unit of the administrative-territorial division with its KATO code (9 digits). */
public record AddressUnit(String name, String katoCode) {
}

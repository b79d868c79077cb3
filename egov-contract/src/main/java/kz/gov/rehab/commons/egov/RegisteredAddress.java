package kz.gov.rehab.commons.egov;

import java.time.LocalDate;

/**
 * Registered residence from the address register, with the competent akimat derived from the KATO
 * code of the settlement (C6). {@code district} is {@code null} for an address in a city of regional
 * significance; {@code flat} is {@code null} for a house.
 */
public record RegisteredAddress(
        String iin,
        AddressUnit region,
        AddressUnit district,
        AddressUnit settlement,
        String street,
        String building,
        String flat,
        LocalDate registeredOn,
        Akimat competentAkimat) {
}

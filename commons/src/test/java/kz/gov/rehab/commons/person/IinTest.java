package kz.gov.rehab.commons.person;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** docs/law.md §4 "IIN": layout, century/sex digit and check digit. */
class IinTest {

    @Test
    void examplesOfTheBriefAreValid_domain4() {
        assertTrue(Iin.isValid("791028302728"));
        assertTrue(Iin.isValid("061211600012"));
    }

    @Test
    void birthDateAndSexComeFromTheNumber_domain4() {
        Iin man = Iin.parse("791028302728");
        assertEquals(LocalDate.of(1979, 10, 28), man.birthDate());
        assertTrue(man.isMale());
        Iin girl = Iin.parse("061211600012");
        assertEquals(LocalDate.of(2006, 12, 11), girl.birthDate());
        assertFalse(girl.isMale());
    }

    @Test
    void wrongCheckDigitIsRefused_domain4() {
        assertFalse(Iin.isValid("791028302729"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Iin.parse("791028302729"));
        assertTrue(e.getMessage().contains("check digit"));
    }

    @Test
    void businessIdentificationNumberIsNotAnIin_domain4() {
        // BIN 940140000385: valid check digit, but "940140" is not a date (month 01, day 40).
        assertEquals(5, Iin.checkDigit("940140000385"));
        assertFalse(Iin.isValid("940140000385"));
    }

    @Test
    void seventhDigitMustBeOneToSix_domain4() {
        assertFalse(Iin.isValid("791028002728"));
        assertFalse(Iin.isValid("791028702728"));
    }

    @Test
    void notTwelveDigitsIsRefused() {
        assertFalse(Iin.isValid(null));
        assertFalse(Iin.isValid("79102830272"));
        assertFalse(Iin.isValid("7910283027281"));
        assertFalse(Iin.isValid("79102830272a"));
    }

    @Test
    void secondWeightsAreUsedWhenTheFirstSumGivesTen_domain4() {
        // Find a serial whose first weighted sum is 10 mod 11 and check the second pass decides.
        String base = "7910283";
        for (int serial = 0; serial < 10_000; serial++) {
            String first11 = base + String.format("%03d", serial % 1000) + (serial / 1000);
            int sum1 = 0;
            int sum2 = 0;
            int[] w2 = {3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2};
            for (int i = 0; i < 11; i++) {
                sum1 += (first11.charAt(i) - '0') * (i + 1);
                sum2 += (first11.charAt(i) - '0') * w2[i];
            }
            if (sum1 % 11 == 10 && sum2 % 11 != 10) {
                assertTrue(Iin.isValid(first11 + (sum2 % 11)));
                return;
            }
        }
        throw new AssertionError("no serial exercised the second weights");
    }

    @Test
    void maskKeepsFourAndTwo() {
        assertEquals("7910******28", Iin.parse("791028302728").masked());
        assertEquals("7910******28", Iin.parse("791028302728").toString());
    }

    @Test
    void everyIinInAPathOrUrlIsMasked_longerDigitRunsAreNot() {
        assertEquals("http://gw/egov/v1/persons/7910******28/documents?other=0612******12",
                Iin.maskAllIn("http://gw/egov/v1/persons/791028302728/documents?other=061211600012"));
        assertEquals("/api/v1/certificates/applications/CRT-2026-000001", Iin.maskAllIn("/api/v1/certificates/applications/CRT-2026-000001"));
        assertEquals("4bf92f3577b34da6a3ce929d0e0e4736 1234567890123", Iin.maskAllIn("4bf92f3577b34da6a3ce929d0e0e4736 1234567890123"));
    }
}

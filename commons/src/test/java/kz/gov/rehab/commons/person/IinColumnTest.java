package kz.gov.rehab.commons.person;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** An entity's IIN is stored as its 12 digits and read back as the value type (docs/law.md §4). */
class IinColumnTest {

    private final IinColumn column = new IinColumn();

    @Test
    void anIinIsStoredAsItsTwelveDigitsAndReadBackEqual_domain4() {
        Iin iin = Iin.parse("791028302728");
        assertEquals("791028302728", column.convertToDatabaseColumn(iin));
        assertEquals(iin, column.convertToEntityAttribute("791028302728"));
    }

    @Test
    void noIinIsNoValue() {
        assertNull(column.convertToDatabaseColumn(null));
        assertNull(column.convertToEntityAttribute(null));
    }

    @Test
    void aStoredNumberThatIsNoIinIsNotTakenForOne_domain4() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> column.convertToEntityAttribute("791028302729"));
        assertEquals("Invalid IIN: the check digit of the IIN does not match", e.getMessage());
    }

    @Test
    void whatAStoredIinPrintsInALogIsMasked() {
        assertEquals("7910******28", String.valueOf(column.convertToEntityAttribute("791028302728")));
    }
}

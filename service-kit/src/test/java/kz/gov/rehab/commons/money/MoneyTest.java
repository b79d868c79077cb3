package kz.gov.rehab.commons.money;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** Money in every answer and event: a decimal string with two places and the currency. */
class MoneyTest {

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void anAmountIsWrittenAsADecimalStringWithTwoPlacesAndItsCurrency() throws Exception {
        assertEquals("{\"amount\":\"184600.00\",\"currency\":\"KZT\"}", json.writeValueAsString(Money.kzt(new BigDecimal("184600"))));
        assertEquals("{\"amount\":\"2769.50\",\"currency\":\"KZT\"}", json.writeValueAsString(Money.kzt(new BigDecimal("2769.5"))));
        assertEquals("{\"amount\":\"0.00\",\"currency\":\"KZT\"}", json.writeValueAsString(Money.kzt(BigDecimal.ZERO)));
        // Never in exponent notation, however the amount was computed.
        assertEquals("{\"amount\":\"10000000.00\",\"currency\":\"KZT\"}", json.writeValueAsString(Money.kzt(new BigDecimal("1E+7"))));
    }

    @Test
    void itIsReadBackFromAStringOrANumber() throws Exception {
        assertEquals(Money.kzt(new BigDecimal("184600.00")), json.readValue("{\"amount\":\"184600.00\",\"currency\":\"KZT\"}", Money.class));
        assertEquals(Money.kzt(new BigDecimal("184600.00")), json.readValue("{\"amount\":184600,\"currency\":\"KZT\"}", Money.class));
    }

    @Test
    void fractionsOfATiynAreNotRoundedAwaySilently() {
        assertThrows(ArithmeticException.class, () -> Money.kzt(new BigDecimal("1.005")));
        assertThrows(ValueInstantiationException.class,
                () -> json.readValue("{\"amount\":\"1.005\",\"currency\":\"KZT\"}", Money.class));
    }

    @Test
    void theCurrencyIsAnIsoCode() {
        assertThrows(IllegalArgumentException.class, () -> new Money(BigDecimal.ONE, "tenge"));
        assertThrows(IllegalArgumentException.class, () -> new Money(BigDecimal.ONE, null));
    }

    @Test
    void noAmountGivesNoMoney() {
        assertEquals(null, Money.kztOrNull(null));
    }
}

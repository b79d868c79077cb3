package kz.gov.rehab.compensation.bank;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Kazakh IBAN (docs/law.md §4): KZ, 2 check digits, 3-digit bank code, 13 characters; ISO 13616 mod-97. */
class IbanTest {

    @Test
    void validKazakhIban_exampleOfDomainPara4() {
        Iban iban = Iban.parse("KZ86125KZT5004100100");
        assertThat(iban.bankCode()).isEqualTo("125");
        assertThat(iban.value()).isEqualTo("KZ86125KZT5004100100");
    }

    @Test
    void spacesAndLowerCaseAreTolerated() {
        assertThat(Iban.parse("kz86 125K ZT50 0410 0100").value()).isEqualTo("KZ86125KZT5004100100");
    }

    @Test
    void wrongCheckDigitsAreRefused_iso13616Mod97() {
        assertThat(Iban.problem("KZ87125KZT5004100100")).get().asString().contains("mod-97");
        assertThat(Iban.problem("KZ86125KZT5004100101")).isPresent();
    }

    @Test
    void wrongLayoutIsRefused() {
        assertThat(Iban.problem("DE89370400440532013000")).isPresent();
        assertThat(Iban.problem("KZ86125KZT500410010")).isPresent();
        assertThat(Iban.problem("KZ86A25KZT5004100100")).isPresent();
        assertThat(Iban.problem(null)).isPresent();
        assertThatThrownBy(() -> Iban.parse("KZ00")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void maskedNeverShowsTheAccount() {
        assertThat(Iban.parse("KZ86125KZT5004100100").toString()).isEqualTo("KZ86125***********00");
    }

    @Test
    void bankNamedOnTheFormByNameOrBic() {
        Bank halyk = new Bank("601", "HSBKKZKX", "Halyk Bank");
        assertThat(halyk.isNamedBy("HSBKKZKX")).isTrue();
        assertThat(halyk.isNamedBy("JSC \"Halyk Bank\"")).isTrue();
        assertThat(halyk.isNamedBy("halyk bank")).isTrue();
        assertThat(halyk.isNamedBy("Kaspi Bank")).isFalse();
        assertThat(halyk.isNamedBy("")).isFalse();
    }
}

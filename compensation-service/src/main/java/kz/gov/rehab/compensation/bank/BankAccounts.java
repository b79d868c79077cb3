package kz.gov.rehab.compensation.bank;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import kz.gov.rehab.commons.refusal.InvalidInput;
import kz.gov.rehab.commons.refusal.Violation;

/**
 * Checks an account given on a form: a Kazakh IBAN (docs/law.md §4) whose 3-digit bank code is in
 * the bank directory, at the bank the form names.
 */
@ApplicationScoped
public class BankAccounts {

    private final BankDirectory directory;

    public BankAccounts(BankDirectory directory) {
        this.directory = directory;
    }

    /**
     * The bank holding {@code iban}, or invalid input naming the field ({@code fieldPrefix + ".iban"}
     * or {@code ".bank"}) when the IBAN is invalid, its bank unknown, or another bank is named.
     */
    public Bank verify(String iban, String namedBank, String fieldPrefix) {
        Iban parsed;
        try {
            parsed = Iban.parse(iban);
        } catch (IllegalArgumentException e) {
            throw new InvalidInput("The IBAN is not valid",
                    List.of(new Violation(fieldPrefix + ".iban", e.getMessage())));
        }
        Bank bank = directory.byCode(parsed.bankCode()).orElseThrow(() -> new InvalidInput(
                "The IBAN's bank code is not in the bank directory", List.of(new Violation(fieldPrefix + ".iban",
                        "no bank with code " + parsed.bankCode() + " in the bank directory"))));
        if (!bank.isNamedBy(namedBank)) {
            throw new InvalidInput("The IBAN belongs to another bank than the one named",
                    List.of(new Violation(fieldPrefix + ".bank", "the IBAN belongs to " + bank.name()
                            + " (" + bank.bic() + ")")));
        }
        return bank;
    }
}

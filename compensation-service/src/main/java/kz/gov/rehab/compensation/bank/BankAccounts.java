package kz.gov.rehab.compensation.bank;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import kz.gov.rehab.commons.problem.Problem;
import kz.gov.rehab.commons.problem.ProblemException;

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
     * The bank holding {@code iban}, or a 400 problem naming the field ({@code fieldPrefix + ".iban"}
     * or {@code ".bank"}) when the IBAN is invalid, its bank unknown, or another bank is named.
     */
    public Bank verify(String iban, String namedBank, String fieldPrefix) {
        Iban parsed;
        try {
            parsed = Iban.parse(iban);
        } catch (IllegalArgumentException e) {
            throw ProblemException.badRequest("The IBAN is not valid",
                    List.of(new Problem.Violation(fieldPrefix + ".iban", e.getMessage())));
        }
        Bank bank = directory.byCode(parsed.bankCode()).orElseThrow(() -> ProblemException.badRequest(
                "The IBAN's bank code is not in the bank directory", List.of(new Problem.Violation(fieldPrefix + ".iban",
                        "no bank with code " + parsed.bankCode() + " in the bank directory"))));
        if (!bank.isNamedBy(namedBank)) {
            throw ProblemException.badRequest("The IBAN belongs to another bank than the one named",
                    List.of(new Problem.Violation(fieldPrefix + ".bank", "the IBAN belongs to " + bank.name()
                            + " (" + bank.bic() + ")")));
        }
        return bank;
    }
}

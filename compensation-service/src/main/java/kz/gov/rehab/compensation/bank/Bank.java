package kz.gov.rehab.compensation.bank;

import java.text.Normalizer;
import java.util.Locale;

/** A bank of the directory (table {@code bank}): the 3-digit code used in IBANs, its BIC and name. */
public record Bank(String code, String bic, String name) {

    /**
     * Whether the bank named on the application form is this bank: the form may give the BIC or
     * the name; case, punctuation, quotes and a legal-form word ("JSC", "АО") do not matter.
     */
    public boolean isNamedBy(String named) {
        if (named == null || named.isBlank()) {
            return false;
        }
        String normalised = normalise(named);
        return normalised.equals(normalise(bic)) || normalised.equals(normalise(name));
    }

    static String normalise(String text) {
        String plain = Normalizer.normalize(text, Normalizer.Form.NFKC).toUpperCase(Locale.ROOT)
                .replaceAll("[\"'«»“”.,()-]", " ");
        plain = (" " + plain + " ").replaceAll(" (JSC|АО|AO|JOINT STOCK COMPANY) ", " ");
        return plain.replaceAll("\\s+", " ").trim();
    }
}

package kz.gov.rehab.compensation.bank;

import java.math.BigInteger;
import java.util.Optional;

/**
 * A Kazakh bank account number in IBAN form (docs/law.md §4): 20 characters — {@code KZ}, two check
 * digits, a 3-digit bank code and 13 alphanumeric account characters — whose ISO 13616 mod-97
 * check gives 1. An instance is always valid; {@link #toString()} masks the account.
 */
public final class Iban {

    private static final BigInteger NINETY_SEVEN = BigInteger.valueOf(97);

    private final String value;

    private Iban(String value) {
        this.value = value;
    }

    /** Parses an IBAN written with or without spaces, or throws saying what is wrong with it. */
    public static Iban parse(String text) {
        String compact = compact(text);
        problem(compact).ifPresent(problem -> {
            throw new IllegalArgumentException("Invalid IBAN: " + problem);
        });
        return new Iban(compact);
    }

    /** What is wrong with {@code text} as a Kazakh IBAN, or empty when it is one. */
    public static Optional<String> problem(String text) {
        String compact = compact(text);
        if (compact == null || !compact.matches("KZ\\d{2}\\d{3}[0-9A-Z]{13}")) {
            return Optional.of("a Kazakh IBAN is KZ, 2 check digits, a 3-digit bank code and 13 letters or digits");
        }
        if (!mod97(compact).equals(BigInteger.ONE)) {
            return Optional.of("the check digits of the IBAN do not match (ISO 13616 mod-97)");
        }
        return Optional.empty();
    }

    private static String compact(String text) {
        return text == null ? null : text.replace(" ", "").toUpperCase(java.util.Locale.ROOT);
    }

    /** ISO 13616: move the first four characters to the end, letters to 10..35, remainder mod 97. */
    private static BigInteger mod97(String iban) {
        String rearranged = iban.substring(4) + iban.substring(0, 4);
        StringBuilder digits = new StringBuilder();
        for (char c : rearranged.toCharArray()) {
            digits.append(Character.getNumericValue(c));
        }
        return new BigInteger(digits.toString()).mod(NINETY_SEVEN);
    }

    /** The 3-digit code of the bank holding the account (positions 5–7). */
    public String bankCode() {
        return value.substring(4, 7);
    }

    public String value() {
        return value;
    }

    /** The IBAN as it may appear in logs: {@code KZ86125***********00}. */
    public String masked() {
        return value.substring(0, 7) + "*".repeat(11) + value.substring(18);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Iban iban && iban.value.equals(value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    @Override
    public String toString() {
        return masked();
    }
}

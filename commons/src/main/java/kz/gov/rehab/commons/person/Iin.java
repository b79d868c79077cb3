package kz.gov.rehab.commons.person;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Individual identification number (ЖСН / ИИН), docs/law.md §4: 12 digits — YYMMDD of birth, a
 * century/sex digit (1/2 = 1800s, 3/4 = 1900s, 5/6 = 2000s; odd male, even female), a 4-digit
 * serial and a check digit.
 *
 * <p>An {@code Iin} instance is always valid; {@link #parse(String)} refuses anything else. Its
 * {@link #toString()} is masked so that an IIN never reaches a log line by accident; use
 * {@link #value()} where the full number is really needed.
 */
@Schema(type = SchemaType.STRING, implementation = String.class, pattern = "^\\d{12}$", example = "330707399060",
        description = "Individual identification number (IIN): 12 digits, the last a check digit")
public final class Iin {

    private static final int[] FIRST_WEIGHTS = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11};
    private static final int[] SECOND_WEIGHTS = {3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2};

    private final String value;

    private Iin(String value) {
        this.value = value;
    }

    /** Parses an IIN, or throws {@link IllegalArgumentException} saying what is wrong with it. */
    @JsonCreator
    public static Iin parse(String text) {
        problem(text).ifPresent(problem -> {
            throw new IllegalArgumentException("Invalid IIN: " + problem);
        });
        return new Iin(text);
    }

    public static boolean isValid(String text) {
        return problem(text).isEmpty();
    }

    /** What is wrong with {@code text} as an IIN, or empty when it is a valid IIN. */
    public static Optional<String> problem(String text) {
        if (text == null || !TWELVE_DIGITS.matcher(text).matches()) {
            return Optional.of("an IIN is exactly 12 digits");
        }
        int centuryAndSex = text.charAt(6) - '0';
        if (centuryAndSex < 1 || centuryAndSex > 6) {
            return Optional.of("the 7th digit of an IIN (century and sex) must be 1 to 6");
        }
        if (birthDate(text).isEmpty()) {
            return Optional.of("the first six digits of an IIN must be a real date of birth");
        }
        Integer check = checkDigit(text);
        if (check == null || check != text.charAt(11) - '0') {
            return Optional.of("the check digit of the IIN does not match");
        }
        return Optional.empty();
    }

    /**
     * The check digit of docs/law.md §4: the first 11 digits weighted 1..11, mod 11; when that is 10,
     * again with weights 3..11,1,2; when still 10 the number cannot be an IIN ({@code null}).
     */
    static Integer checkDigit(String digits) {
        int check = weightedSum(digits, FIRST_WEIGHTS) % 11;
        if (check == 10) {
            check = weightedSum(digits, SECOND_WEIGHTS) % 11;
        }
        return check == 10 ? null : check;
    }

    private static int weightedSum(String digits, int[] weights) {
        int sum = 0;
        for (int i = 0; i < 11; i++) {
            sum += (digits.charAt(i) - '0') * weights[i];
        }
        return sum;
    }

    private static Optional<LocalDate> birthDate(String digits) {
        int centuryAndSex = digits.charAt(6) - '0';
        int century = 1800 + 100 * ((centuryAndSex - 1) / 2);
        try {
            return Optional.of(LocalDate.of(century + Integer.parseInt(digits.substring(0, 2)),
                    Integer.parseInt(digits.substring(2, 4)), Integer.parseInt(digits.substring(4, 6))));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /** Date of birth encoded in the IIN. */
    public LocalDate birthDate() {
        return birthDate(value).orElseThrow();
    }

    public boolean isMale() {
        return (value.charAt(6) - '0') % 2 == 1;
    }

    @JsonValue
    public String value() {
        return value;
    }

    /** The IIN as it may appear in logs and events: {@code 7910******28}. */
    public String masked() {
        return mask(value);
    }

    /** Masks any string that may be an IIN: keeps the first 4 and last 2 characters. */
    public static String mask(String iin) {
        if (iin == null || iin.length() < 7) {
            return "******";
        }
        return iin.substring(0, 4) + "*".repeat(iin.length() - 6) + iin.substring(iin.length() - 2);
    }

    /** Twelve digits standing alone: what may be an IIN inside a longer text (a path, a URL). */
    private static final java.util.regex.Pattern TWELVE_DIGITS = java.util.regex.Pattern.compile("\\d{12}");
    private static final java.util.regex.Pattern IN_TEXT = java.util.regex.Pattern.compile("(?<!\\d)(\\d{4})\\d{6}(\\d{2})(?!\\d)");

    /** Masks everything in {@code text} that may be an IIN (a path, a URL, a span name), as {@link #mask(String)} does. */
    public static String maskAllIn(String text) {
        return text == null ? null : IN_TEXT.matcher(text).replaceAll("$1******$2");
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Iin iin && iin.value.equals(value);
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

package kz.gov.rehab.compensation.application;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * Compares what the form says with what the state registries say (P2: identity-document data and
 * the registered residence come from the registries, not from what the applicant typed), and
 * reports every field that differs. Case, repeated spaces and punctuation do not count as a difference.
 */
public final class RegistryComparison {

    private RegistryComparison() {
    }

    /** What the form says, in the terms of the registry snapshot. */
    public record Stated(String surname, String firstName, String patronymic, java.time.LocalDate birthDate,
            String address, String documentType, String documentNumber, String documentIssuer) {
    }

    public static List<FieldMismatch> mismatches(Stated form, RegistrySnapshot registry) {
        List<FieldMismatch> found = new ArrayList<>(personMismatches("", form.surname(), form.firstName(),
                form.patronymic(), form.birthDate(), registry.person()));
        RegistrySnapshot.IdentityDocument document = registry.identityDocument();
        if (document == null) {
            found.add(new FieldMismatch("identityDocument.type", form.documentType(), null));
        } else {
            compare(found, "identityDocument.type", form.documentType(), document.type());
            compare(found, "identityDocument.number", form.documentNumber(), document.number());
            compare(found, "identityDocument.issuer", form.documentIssuer(), document.issuer());
        }
        RegistrySnapshot.Address address = registry.address();
        if (address == null) {
            found.add(new FieldMismatch("address", form.address(), null));
        } else if (!addressMatches(form.address(), address.parts())) {
            found.add(new FieldMismatch("address", form.address(), address.text()));
        }
        return found;
    }

    /**
     * The fields of a person's names and birth date that differ from the state database of
     * individuals; {@code prefix} names the person on the form (e.g. {@code "child."}).
     */
    public static List<FieldMismatch> personMismatches(String prefix, String surname, String firstName, String patronymic,
            java.time.LocalDate birthDate, RegistrySnapshot.Person person) {
        List<FieldMismatch> found = new ArrayList<>();
        compare(found, prefix + "surname", surname, person.surname());
        compare(found, prefix + "firstName", firstName, person.firstName());
        compare(found, prefix + "patronymic", patronymic, person.patronymic());
        if (!Objects.equals(birthDate, person.birthDate())) {
            found.add(new FieldMismatch(prefix + "birthDate", String.valueOf(birthDate), String.valueOf(person.birthDate())));
        }
        return found;
    }

    private static void compare(List<FieldMismatch> found, String field, String onForm, String inRegistry) {
        if (!normalise(onForm).equals(normalise(inRegistry))) {
            found.add(new FieldMismatch(field, onForm, inRegistry));
        }
    }

    /**
     * An address written by hand matches the registered one when each registered part (settlement,
     * street, building, flat) appears in it as a word; the region and district may be left out.
     */
    static boolean addressMatches(String onForm, List<String> registeredParts) {
        String written = " " + normalise(onForm) + " ";
        return registeredParts.stream()
                .filter(Objects::nonNull)
                .map(RegistryComparison::normalise)
                .filter(part -> !part.isEmpty())
                .allMatch(part -> written.contains(" " + part + " "));
    }

    static String normalise(String text) {
        if (text == null) {
            return "";
        }
        String plain = Normalizer.normalize(text, Normalizer.Form.NFKC).toUpperCase(Locale.ROOT)
                .replace('Ё', 'Е')
                .replaceAll("[\\p{Punct}«»№]", " ");
        return Stream.of(plain.trim().split("\\s+")).filter(word -> !word.isEmpty())
                .reduce((a, b) -> a + " " + b).orElse("");
    }
}

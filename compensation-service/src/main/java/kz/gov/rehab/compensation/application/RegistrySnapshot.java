package kz.gov.rehab.compensation.application;

import java.time.Instant;
import java.time.LocalDate;

/**
 * What the state registries said about the applicant when the application was checked (P2), kept
 * with the application so a later registry change does not rewrite what the decision relied on.
 */
public record RegistrySnapshot(Person person, IdentityDocument identityDocument, Address address,
        RehabilitationReference rehabilitationReference, Instant retrievedAt) {

    public record Person(String surname, String firstName, String patronymic, LocalDate birthDate,
            String lifeStatus, LocalDate deathDate) {

        public static Person of(kz.gov.rehab.commons.egov.PersonRecord person) {
            return new Person(person.surname(), person.firstName(), person.patronymic(), person.birthDate(),
                    person.lifeStatus().name(), person.deathDate());
        }
    }

    public record IdentityDocument(String type, String series, String number, String issuer, LocalDate issuedOn,
            LocalDate validUntil) {
    }

    /** Registered residence: the full text, the parts a hand-written address must contain, the KATO code. */
    public record Address(String text, java.util.List<String> parts, String katoCode, LocalDate registeredOn) {
    }

    /** The same snapshot with the rehabilitation reference the register gave (the one-time programme). */
    public RegistrySnapshot withRehabilitationReference(RehabilitationReference reference) {
        return new RegistrySnapshot(person, identityDocument, address, reference, retrievedAt);
    }

    public record RehabilitationReference(String number, LocalDate date, int months, String category) {
    }
}

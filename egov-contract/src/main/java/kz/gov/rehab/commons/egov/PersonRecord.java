package kz.gov.rehab.commons.egov;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A person in the state database of individuals. {@code patronymic} is {@code null} for a person who
 * has none ("if any", C1); {@code deathDate} is set only when {@code lifeStatus} is DECEASED.
 */
public record PersonRecord(
        String iin,
        String surname,
        String firstName,
        String patronymic,
        LocalDate birthDate,
        Sex sex,
        String citizenship,
        boolean resident,
        LifeStatus lifeStatus,
        LocalDate deathDate,
        List<IdentityDocument> identityDocuments) {

    public PersonRecord {
        identityDocuments = identityDocuments == null ? List.of() : List.copyOf(identityDocuments);
    }

    public boolean alive() {
        return lifeStatus == LifeStatus.ALIVE;
    }

    /** The identity card in force on {@code day}, if the person has one. */
    public Optional<IdentityDocument> identityCardValidOn(LocalDate day) {
        return identityDocuments.stream()
                .filter(document -> document.type() == IdentityDocumentType.ID_CARD && document.validOn(day))
                .findFirst();
    }
}

package kz.gov.rehab.compensation.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** P2: identity-document data and the registered residence come from the registries; differences are reported by field. */
class RegistryComparisonTest {

    static final RegistrySnapshot REGISTRY = new RegistrySnapshot(
            new RegistrySnapshot.Person("АБЕНОВ", "СЕРИК", "МАРАТОВИЧ", LocalDate.of(1979, 10, 28), "ALIVE", null),
            new RegistrySnapshot.IdentityDocument("ID_CARD", null, "045678912", "МВД РК", LocalDate.of(2020, 1, 1),
                    LocalDate.of(2030, 1, 1)),
            new RegistrySnapshot.Address("Astana, Yesil district, Mangilik El avenue, 8, 12",
                    List.of("Astana", "Mangilik El avenue", "8", "12"), "711210000", LocalDate.of(2015, 1, 1)),
            new RegistrySnapshot.RehabilitationReference("RR-1", LocalDate.of(2024, 3, 15), 24, "REPRESSED"),
            Instant.now());

    @Test
    void formThatAgreesWithTheRegistriesHasNoMismatch_para3() {
        assertThat(RegistryComparison.mismatches(new RegistryComparison.Stated("Абенов", "Серик", "Маратович",
                LocalDate.of(1979, 10, 28), "Astana, Mangilik El avenue 8, flat 12", "ID_CARD", "045678912", "мвд рк"),
                REGISTRY)).isEmpty();
    }

    @Test
    void everyDifferingFieldIsReported_para3() {
        List<FieldMismatch> found = RegistryComparison.mismatches(new RegistryComparison.Stated("Абенова", "Серик", null,
                LocalDate.of(1979, 10, 29), "Almaty, Abay avenue 1", "PASSPORT", "N1234567", "МВД РК"), REGISTRY);
        assertThat(found).extracting(FieldMismatch::field).containsExactly("surname", "patronymic", "birthDate",
                "identityDocument.type", "identityDocument.number", "address");
        assertThat(found.get(0).inRegistry()).isEqualTo("АБЕНОВ");
    }
}

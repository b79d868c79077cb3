package kz.gov.rehab.gateway.registry.population;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import kz.gov.rehab.commons.egov.AkimatKind;
import kz.gov.rehab.commons.egov.RehabilitationCategory;
import kz.gov.rehab.commons.person.Iin;
import kz.gov.rehab.gateway.registry.population.SyntheticPopulation.SyntheticPerson;
import kz.gov.rehab.gateway.registry.population.SyntheticPopulation.Territory;
import org.junit.jupiter.api.Test;

/** The synthetic population is deterministic, large enough for load tests, and made of valid IINs. */
public class SyntheticPopulationTest {

    static final List<Territory> TERRITORIES = List.of(
            new Territory("71", AkimatKind.CITY_OF_REPUBLICAN_SIGNIFICANCE, "Астана", "710000000", "Астана", "Астана"),
            new Territory("75", AkimatKind.CITY_OF_REPUBLICAN_SIGNIFICANCE, "Алматы", "750000000", "Алматы", "Алматы"),
            new Territory("79", AkimatKind.CITY_OF_REPUBLICAN_SIGNIFICANCE, "Шымкент", "790000000", "Шымкент", "Шымкент"),
            new Territory("1120", AkimatKind.DISTRICT, "Бурабай ауданы", "110000000", "Ақмола облысы", "Щучинск"),
            new Territory("3510", AkimatKind.CITY_OF_REGIONAL_SIGNIFICANCE, "Қарағанды", "350000000", "Қарағанды облысы",
                    "Қарағанды"));

    /** The first IIN of the population as the gateway generates it (same directory order as V3). */
    public static String firstIin() {
        return SyntheticPopulation.generate(1, List.of(TERRITORIES.get(0))).get(0).iin();
    }

    @Test
    void sameSeedGivesTheSamePopulation() {
        assertThat(SyntheticPopulation.generate(500, TERRITORIES)).isEqualTo(SyntheticPopulation.generate(500, TERRITORIES));
    }

    @Test
    void tenThousandPersonsWithValidUniqueIins_para4Iin() {
        List<SyntheticPerson> persons = SyntheticPopulation.generate(10_000, TERRITORIES);
        assertThat(persons).hasSize(10_000);
        assertThat(persons).allSatisfy(person -> {
            assertThat(Iin.isValid(person.iin())).as(person.iin()).isTrue();
            assertThat(Iin.parse(person.iin()).birthDate()).isEqualTo(person.birthDate());
            assertThat(Iin.parse(person.iin()).isMale()).isEqualTo(person.male());
            // serials 9900-9999 belong to the named fixtures
            assertThat(Integer.parseInt(person.iin().substring(7, 11))).isLessThan(9900);
        });
        Set<String> iins = persons.stream().map(SyntheticPerson::iin).collect(Collectors.toSet());
        assertThat(iins).hasSize(10_000);
    }

    @Test
    void populationLivesInEveryTerritoryAndHasBothCategoriesOfRehabilitation() {
        List<SyntheticPerson> persons = SyntheticPopulation.generate(10_000, TERRITORIES);
        Set<String> regions = new HashSet<>();
        persons.stream().filter(person -> person.address() != null).forEach(person -> regions.add(person.address().regionKato()));
        assertThat(regions).containsExactlyInAnyOrder("710000000", "750000000", "790000000", "110000000", "350000000");
        assertThat(persons).anySatisfy(person -> assertThat(person.patronymic()).isNull());
        assertThat(persons).anySatisfy(person -> assertThat(person.deathDate()).isNotNull());
        assertThat(persons.stream().filter(person -> person.rehabilitation() != null).map(person -> person.rehabilitation().category()))
                .contains(RehabilitationCategory.REPRESSED, RehabilitationCategory.SUFFERED_FROM_REPRESSIONS);
        assertThat(persons.stream().filter(person -> person.rehabilitation() != null)).hasSizeGreaterThan(500);
    }

    @Test
    void aLargePopulationKeepsReferenceAndCardNumbersUniqueAndClearOfTheNamedFixtures() {
        java.util.Set<String> references = new java.util.HashSet<>();
        java.util.Set<String> cards = new java.util.HashSet<>();
        SyntheticPopulation.stream(120_000, TERRITORIES).forEach(person -> {
            if (person.rehabilitation() != null) {
                String reference = person.rehabilitation().referenceNumber();
                assertThat(references.add(reference)).as("unique " + reference).isTrue();
                assertThat(reference).doesNotMatch("R-\\d{4}-099\\d{3}");
            }
            if (person.idCard() != null) {
                assertThat(cards.add(person.idCard().number())).isTrue();
                assertThat(person.idCard().number()).doesNotStartWith("099");
            }
        });
        assertThat(references).hasSizeGreaterThan(10_000);
    }
}

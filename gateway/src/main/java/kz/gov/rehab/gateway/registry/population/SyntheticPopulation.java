package kz.gov.rehab.gateway.registry.population;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import kz.gov.rehab.commons.egov.AkimatKind;
import kz.gov.rehab.commons.egov.RehabilitationCategory;
import kz.gov.rehab.commons.egov.RepressionKind;
import kz.gov.rehab.commons.person.Iin;
import kz.gov.rehab.gateway.registry.population.Names.Name;

/**
 * A deterministic synthetic population for the simulated registries: the same seed and size always
 * give the same persons, so load tests and demonstrations can rely on it. Every IIN has a valid check
 * digit; the serials 9900-9999 are left to the named fixtures. About 30 % are born 1925-1953 (the
 * generation of the repressions), of whom 40 % have a rehabilitation reference.
 */
public final class SyntheticPopulation {

    /** "Today" of the data (not of the clock), so that the population does not depend on the run. */
    static final LocalDate AS_OF = LocalDate.of(2026, 1, 1);
    static final long SEED = 20260401L;
    private static final int FIRST_FIXTURE_SERIAL = 9900;

    public record Territory(String akimatPrefix, AkimatKind kind, String akimatName, String regionKato,
            String regionName, String settlementName) {
    }

    public record Document(String type, String number, LocalDate issuedOn, LocalDate expiresOn) {
    }

    public record Address(String regionName, String regionKato, String districtName, String districtKato,
            String settlementName, String settlementKato, String street, String building, String flat,
            LocalDate registeredOn) {
    }

    public record Rehabilitation(String referenceNumber, LocalDate issuedOn, String issuingBody, RepressionKind kind,
            int months, RehabilitationCategory category) {
    }

    public record SyntheticPerson(String iin, String surname, String firstName, String patronymic, LocalDate birthDate,
            boolean male, String citizenship, LocalDate deathDate, Document idCard, Address address,
            Rehabilitation rehabilitation) {
    }

    /** First serial of the rehabilitation references of the named fixtures (R-yyyy-0990nn). */
    private static final int FIXTURE_REFERENCE_SERIALS = 99_000;

    private SyntheticPopulation() {
    }

    /** The population of {@code size} persons living in {@code territories} (ordered by code). */
    public static List<SyntheticPerson> generate(int size, List<Territory> territories) {
        return stream(size, territories).toList();
    }

    /**
     * The same population, one person at a time (a large population is written without holding it
     * in memory). Sequential: each person depends on the ones before.
     */
    public static Stream<SyntheticPerson> stream(int size, List<Territory> territories) {
        Random random = new Random(SEED);
        Set<String> used = new HashSet<>();
        return IntStream.rangeClosed(1, size).sequential().mapToObj(n -> {
            boolean male = random.nextBoolean();
            boolean repressionGeneration = random.nextInt(100) < 30;
            LocalDate birthDate = repressionGeneration
                    ? randomDate(random, LocalDate.of(1925, 1, 1), LocalDate.of(1953, 12, 31))
                    : randomDate(random, LocalDate.of(1954, 1, 1), LocalDate.of(2008, 12, 31));
            String iin = iin(birthDate, male, random, used);
            boolean kazakh = random.nextInt(100) < 65;
            Name surname = pick(random, kazakh ? Names.KAZAKH_SURNAMES : Names.RUSSIAN_SURNAMES);
            String firstName = pick(random, kazakh ? (male ? Names.KAZAKH_MALE : Names.KAZAKH_FEMALE)
                    : (male ? Names.RUSSIAN_MALE : Names.RUSSIAN_FEMALE));
            String patronymic = random.nextInt(100) < 6 ? null
                    : patronymic(pick(random, kazakh ? Names.KAZAKH_MALE : Names.RUSSIAN_MALE), male, kazakh, random);
            String citizenship = random.nextInt(100) < 97 ? "KAZ" : pick(random, List.of("RUS", "UZB", "KGZ"));
            LocalDate deathDate = dies(birthDate, random)
                    ? randomDate(random, LocalDate.of(2000, 1, 1), AS_OF.minusDays(1))
                    : null;
            Document idCard = birthDate.plusYears(16).isBefore(AS_OF) ? idCard(n, random) : null;
            Address address = random.nextInt(100) < 98 ? address(random, pick(random, territories), birthDate) : null;
            Rehabilitation rehabilitation = repressionGeneration && random.nextInt(100) < 40
                    ? rehabilitation(n, birthDate, random, address)
                    : null;
            return new SyntheticPerson(iin, male ? surname.male() : surname.female(), firstName, patronymic,
                    birthDate, male, citizenship, deathDate, idCard, address, rehabilitation);
        });
    }

    private static String iin(LocalDate birthDate, boolean male, Random random, Set<String> used) {
        int centuryAndSex = (birthDate.getYear() < 2000 ? 3 : 5) + (male ? 0 : 1);
        String prefix = "%02d%02d%02d%d".formatted(birthDate.getYear() % 100, birthDate.getMonthValue(),
                birthDate.getDayOfMonth(), centuryAndSex);
        int serial = 1 + random.nextInt(FIRST_FIXTURE_SERIAL - 1);
        while (true) {
            String first11 = prefix + "%04d".formatted(serial);
            if (!used.contains(first11)) {
                for (int check = 0; check <= 9; check++) {
                    String candidate = first11 + check;
                    if (Iin.isValid(candidate)) {
                        used.add(first11);
                        return candidate;
                    }
                }
            }
            // taken, or the check digit would be 10 (no valid IIN with this serial): next serial
            serial = serial % (FIRST_FIXTURE_SERIAL - 1) + 1;
        }
    }

    private static String patronymic(String father, boolean male, boolean kazakh, Random random) {
        if (kazakh && random.nextInt(100) < 70) {
            return father + (male ? "ұлы" : "қызы");
        }
        String stem = father.endsWith("й") ? father.substring(0, father.length() - 1) + "е" : father + "о";
        return stem + (male ? "вич" : "вна");
    }

    private static boolean dies(LocalDate birthDate, Random random) {
        int chance = birthDate.getYear() < 1940 ? 50 : birthDate.getYear() < 1954 ? 15 : 2;
        return random.nextInt(100) < chance;
    }

    private static Document idCard(int n, Random random) {
        boolean expired = random.nextInt(100) < 5;
        LocalDate issued = expired
                ? randomDate(random, AS_OF.minusYears(13), AS_OF.minusYears(10).minusDays(1))
                : randomDate(random, AS_OF.minusYears(10).plusDays(1), AS_OF.minusDays(1));
        return new Document("ID_CARD", "%09d".formatted(100_000_000 + n), issued, issued.plusYears(10).minusDays(1));
    }

    private static Address address(Random random, Territory territory, LocalDate birthDate) {
        String districtName;
        String districtKato;
        String settlementKato;
        if (territory.kind() == AkimatKind.CITY_OF_REPUBLICAN_SIGNIFICANCE) {
            List<List<String>> districts = Names.CITY_DISTRICTS.stream()
                    .filter(district -> district.get(0).startsWith(territory.akimatPrefix()))
                    .toList();
            List<String> district = pick(random, districts);
            districtName = district.get(1);
            districtKato = district.get(0) + "00000";
            settlementKato = district.get(0) + "10000";
        } else if (territory.kind() == AkimatKind.DISTRICT) {
            districtName = territory.akimatName();
            districtKato = territory.akimatPrefix() + "00000";
            settlementKato = territory.akimatPrefix() + "10000";
        } else {
            districtName = null;
            districtKato = null;
            settlementKato = territory.akimatPrefix() + "10000";
        }
        LocalDate earliest = birthDate.plusYears(18).isBefore(AS_OF) ? birthDate.plusYears(18) : birthDate;
        return new Address(territory.regionName(), territory.regionKato(), districtName, districtKato,
                territory.settlementName(), settlementKato, pick(random, Names.STREETS),
                Integer.toString(1 + random.nextInt(150)),
                random.nextInt(100) < 60 ? Integer.toString(1 + random.nextInt(200)) : null,
                randomDate(random, earliest.isAfter(LocalDate.of(1991, 12, 16)) ? earliest : LocalDate.of(1991, 12, 16),
                        AS_OF.minusDays(1)));
    }

    private static Rehabilitation rehabilitation(int n, LocalDate birthDate, Random random, Address address) {
        boolean child = birthDate.getYear() >= 1930 && random.nextInt(100) < 30;
        RepressionKind kind = child
                ? pick(random, List.of(RepressionKind.EXILE, RepressionKind.SPECIAL_SETTLEMENT))
                : pick(random, List.of(RepressionKind.values()));
        int months = random.nextInt(100) < 80 ? 1 + random.nextInt(120) : 121 + random.nextInt(180);
        LocalDate issued = randomDate(random, LocalDate.of(1989, 1, 1), LocalDate.of(2015, 12, 31));
        String body = address == null ? "Қазақстан Республикасының Бас прокуратурасы"
                : address.regionName().endsWith("облысы") ? address.regionName().replace("облысы", "облысының прокуратурасы")
                : address.regionName() + " қаласының прокуратурасы";
        // the reference serials 099000-099999 are the named fixtures' (a population above 99,000 skips them)
        int serial = n < FIXTURE_REFERENCE_SERIALS ? n : n + 1_000;
        return new Rehabilitation("R-%d-%06d".formatted(issued.getYear(), serial), issued, body, kind, months,
                child ? RehabilitationCategory.SUFFERED_FROM_REPRESSIONS : RehabilitationCategory.REPRESSED);
    }

    private static LocalDate randomDate(Random random, LocalDate from, LocalDate to) {
        return from.plusDays(random.nextInt((int) (to.toEpochDay() - from.toEpochDay()) + 1));
    }

    private static <T> T pick(Random random, List<T> values) {
        return values.get(random.nextInt(values.size()));
    }
}

package kz.gov.rehab.certificate.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import kz.gov.rehab.certificate.application.RegistrySnapshot.AddressOnForm;
import kz.gov.rehab.certificate.application.RegistrySnapshot.IdentityDocument;
import kz.gov.rehab.certificate.application.RegistrySnapshot.NameOnForm;
import kz.gov.rehab.certificate.application.RegistrySnapshot.Person;
import kz.gov.rehab.certificate.application.RegistrySnapshot.RegisteredAddress;
import kz.gov.rehab.certificate.application.RegistrySnapshot.RehabilitationReference;
import kz.gov.rehab.certificate.application.RegistrySnapshot.RehabilitationRegister;
import kz.gov.rehab.certificate.application.RegistrySnapshot.RoutedBy;
import kz.gov.rehab.certificate.application.RegistrySnapshot.Routing;
import kz.gov.rehab.commons.egov.LifeStatus;
import kz.gov.rehab.commons.egov.RehabilitationCategory;
import kz.gov.rehab.commons.egov.RepressionKind;
import kz.gov.rehab.commons.persistence.JsonColumns;
import kz.gov.rehab.commons.person.Iin;
import org.junit.jupiter.api.Test;

/**
 * The registry snapshot of an application (C1–C6, item 11.1) as its {@code registry_snapshot}
 * column holds it: written and read back unchanged, in the JSON shape intake has always written, and
 * rows written by older versions still read.
 */
class RegistrySnapshotTest {

    private static final ObjectMapper COLUMN = JsonColumns.mapper();
    private static final Iin ISKAKOV = Iin.parse("330707399060");
    private static final Iin AKHMETOV = Iin.parse("290214399070");

    @Test
    void aSnapshotReadsBackAsItWasWritten() throws Exception {
        RegistrySnapshot snapshot = new RegistrySnapshot(OffsetDateTime.parse("2026-03-20T10:15:00+05:00"),
                new Person(ISKAKOV, "Исқақов", "Мұрат", "Болатұлы", LocalDate.of(1933, 7, 7), LifeStatus.ALIVE),
                null,
                Optional.of(new Person(AKHMETOV, "Ахметов", "Серік", "Қасымұлы", LocalDate.of(1929, 2, 14), LifeStatus.ALIVE)),
                new RegisteredAddress("Астана қ.", "710000000", null, "Астана қ.", "711310000", "Қабанбай батыр даңғылы", "1",
                        null, LocalDate.of(2001, 5, 4), "710000000", "Астана қаласының әкімдігі"),
                null,
                new Routing(RoutedBy.REGISTERED_ADDRESS, "710000000", "Астана қаласының әкімдігі"),
                new IdentityDocument("Identity card No. 099000007", true, LocalDate.of(2030, 1, 9)),
                new RehabilitationRegister(true, List.of(new RehabilitationReference("R-1999-099007", LocalDate.of(1999, 6, 1),
                        "Астана қаласының прокуратурасы", RepressionKind.IMPRISONMENT, RehabilitationCategory.REPRESSED))));

        String json = COLUMN.writeValueAsString(snapshot);
        RegistrySnapshot read = COLUMN.readValue(json, RegistrySnapshot.class);

        assertEquals(snapshot.takenAt().toInstant(), read.takenAt().toInstant());
        assertEquals(snapshot, new RegistrySnapshot(snapshot.takenAt(), read.applicant(), read.applicantNameOnForm(),
                read.representative(), read.registeredAddress(), read.residentialAddressOnForm(), read.routing(),
                read.identityDocument(), read.rehabilitationRegister()));
        JsonNode tree = COLUMN.readTree(json);
        assertEquals("330707399060", tree.at("/applicant/iin").asText());
        assertEquals("1933-07-07", tree.at("/applicant/birthDate").asText());
        assertEquals("2001-05-04", tree.at("/registeredAddress/registeredOn").asText());
        assertEquals("REGISTERED_ADDRESS", tree.at("/routing/by").asText());
        assertEquals("IMPRISONMENT", tree.at("/rehabilitationRegister/references/0/repressionKind").asText());
        assertEquals("Исқақов Мұрат Болатұлы", read.applicantName());
    }

    /**
     * C1 (patronymic only "if any"), C6: a person the state database does not know, routed by the
     * address written on the form, with a representative it does not know either.
     */
    @Test
    void whatTheRegistriesDidNotKnowIsWrittenAsNullAndWhatDidNotApplyIsLeftOut() throws Exception {
        RegistrySnapshot snapshot = new RegistrySnapshot(OffsetDateTime.parse("2026-12-01T11:00:00+05:00"),
                null, new NameOnForm("Белгісіз", "Адам", null), Optional.empty(), null,
                new AddressOnForm("Алматы қ., Медеу ауданы, Достық даңғылы 85, 12", "751110000"),
                new Routing(RoutedBy.RESIDENTIAL_ADDRESS_ON_FORM, "750000000", "Алматы қаласының әкімдігі"),
                null, new RehabilitationRegister(false, List.of()));

        JsonNode tree = COLUMN.readTree(COLUMN.writeValueAsString(snapshot));

        assertTrue(tree.has("applicant") && tree.get("applicant").isNull(), tree.toString());
        assertTrue(tree.has("registeredAddress") && tree.get("registeredAddress").isNull(), tree.toString());
        assertTrue(tree.has("representative") && tree.get("representative").isNull(), tree.toString());
        assertTrue(tree.at("/applicantNameOnForm/patronymic").isNull(), tree.toString());
        assertFalse(tree.has("identityDocument"), tree.toString());
        RegistrySnapshot read = COLUMN.treeToValue(tree, RegistrySnapshot.class);
        assertEquals(Optional.empty(), read.representative());
        assertEquals("Белгісіз Адам", read.applicantName());

        RegistrySnapshot alone = new RegistrySnapshot(snapshot.takenAt(), null, snapshot.applicantNameOnForm(), null, null,
                snapshot.residentialAddressOnForm(), snapshot.routing(), null, snapshot.rehabilitationRegister());
        JsonNode aloneTree = COLUMN.readTree(COLUMN.writeValueAsString(alone));
        assertFalse(aloneTree.has("representative"), aloneTree.toString());
        assertNull(COLUMN.treeToValue(aloneTree, RegistrySnapshot.class).representative());
    }

    /** A row of the first version (before the routing and the name on the form were recorded). */
    @Test
    void aRowOfTheFirstVersionReads() throws Exception {
        RegistrySnapshot read = COLUMN.readValue("""
                {"applicant": {"iin": "330707399060", "surname": "Исқақов", "lifeStatus": "ALIVE", "birthDate": "1933-07-07",
                               "firstName": "Мұрат", "patronymic": "Болатұлы"},
                 "takenAt": "2026-11-26T10:15:02.318204+05:00",
                 "representative": {"iin": "290214399070", "surname": "Ахметов", "lifeStatus": "null", "birthDate": "null",
                                    "firstName": "Серік", "patronymic": null},
                 "identityDocument": {"registered": true, "validUntil": "null", "description": "Identity card No. 099000007"},
                 "registeredAddress": {"flat": null, "region": "Астана қ.", "street": "Қабанбай батыр даңғылы", "building": "1",
                                       "district": null, "regionKato": "710000000", "settlement": "Астана қ.",
                                       "registeredOn": "null", "settlementKato": "711310000",
                                       "competentAkimat": "Астана қаласының әкімдігі", "competentAkimatCode": "710000000"},
                 "rehabilitationRegister": {"references": [{"number": "R-1999-099007", "category": "null", "issuedOn": "1999-06-01",
                                                            "issuingBody": "Астана қаласының прокуратурасы",
                                                            "repressionKind": "IMPRISONMENT"}],
                                            "presentedReferenceFound": true}}
                """, RegistrySnapshot.class);

        assertEquals("Исқақов Мұрат Болатұлы", read.applicantName());
        assertEquals(ISKAKOV, read.applicant().iin());
        assertEquals(LifeStatus.ALIVE, read.applicant().lifeStatus());
        assertEquals(OffsetDateTime.parse("2026-11-26T10:15:02.318204+05:00").toInstant(), read.takenAt().toInstant());
        Person representative = read.representative().orElseThrow();
        assertEquals("Ахметов Серік", representative.fullName());
        assertNull(representative.birthDate());
        assertNull(representative.lifeStatus());
        assertNull(read.identityDocument().validUntil());
        assertNull(read.registeredAddress().registeredOn());
        assertEquals("710000000", read.registeredAddress().competentAkimatCode());
        assertNull(read.routing());
        assertNull(read.applicantNameOnForm());
        assertNull(read.residentialAddressOnForm());
        assertTrue(read.rehabilitationRegister().presentedReferenceFound());
        RehabilitationReference reference = read.rehabilitationRegister().references().get(0);
        assertEquals(LocalDate.of(1999, 6, 1), reference.issuedOn());
        assertEquals(RepressionKind.IMPRISONMENT, reference.repressionKind());
        assertNull(reference.category());
    }

    /** A row as the intake wrote it before the snapshot was typed: applicant unknown, routed by the written address. */
    @Test
    void aRowOfTheMapVersionReads() throws Exception {
        RegistrySnapshot read = COLUMN.readValue("""
                {"routing": {"by": "RESIDENTIAL_ADDRESS_ON_FORM", "akimat": "Алматы қаласының әкімдігі", "akimatCode": "750000000"},
                 "takenAt": "2026-12-01T11:00:00.5+05:00",
                 "applicant": null,
                 "representative": null,
                 "identityDocument": {"registered": false, "validUntil": "2030-01-09", "description": "Identity card No. 099000099"},
                 "registeredAddress": null,
                 "applicantNameOnForm": {"surname": "Белгісіз", "firstName": "Адам", "patronymic": ""},
                 "rehabilitationRegister": {"references": [], "presentedReferenceFound": false},
                 "residentialAddressOnForm": {"text": "Алматы қ., Медеу ауданы, Достық даңғылы 85, 12", "katoCode": "751110000"}}
                """, RegistrySnapshot.class);

        assertEquals("Белгісіз Адам", read.applicantName());
        assertNull(read.applicant());
        assertEquals(Optional.empty(), read.representative());
        assertNull(read.registeredAddress());
        assertEquals(RoutedBy.RESIDENTIAL_ADDRESS_ON_FORM, read.routing().by());
        assertEquals("751110000", read.residentialAddressOnForm().katoCode());
        assertEquals(LocalDate.of(2030, 1, 9), read.identityDocument().validUntil());
        assertFalse(read.rehabilitationRegister().presentedReferenceFound());
    }
}

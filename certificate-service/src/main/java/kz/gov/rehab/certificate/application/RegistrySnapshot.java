package kz.gov.rehab.certificate.application;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import java.io.IOException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import kz.gov.rehab.commons.egov.LifeStatus;
import kz.gov.rehab.commons.egov.PersonRecord;
import kz.gov.rehab.commons.egov.RehabilitationCategory;
import kz.gov.rehab.commons.egov.RehabilitationRecord;
import kz.gov.rehab.commons.egov.RepressionKind;
import kz.gov.rehab.commons.person.FullName;
import kz.gov.rehab.commons.person.Iin;

/**
 * What the registries said about the applicant (and the representative) when the application was
 * taken (C1–C6), kept with the application (column {@code registry_snapshot}) so that a later
 * registry change does not rewrite what the review and the certificate rely on; shown with the
 * application as {@code registrySnapshot}.
 *
 * <p>The JSON is the one intake has always written. A part the intake did not have is left out
 * (no name on the form, no representative, no address written, no identity document), while
 * {@code applicant} and {@code registeredAddress} are always there, {@code null} when the registry
 * knows no such person or address; {@code representative} is {@code null} when a representative
 * applied whom the state database of individuals does not know. Snapshots of older versions read as
 * they are: before the routing and the name on the form were recorded they are absent, and a date
 * or a registry value the registry left out was written as the text {@code "null"}.
 *
 * @param takenAt                  when the registries were asked
 * @param applicant                the applicant in the state database of individuals
 * @param applicantNameOnForm      the name written on the form (Appendix 1), when the form gives it
 * @param representative           present when a representative applied: the person, or empty when unknown
 * @param registeredAddress        the registered residence and its competent akimat (C6)
 * @param residentialAddressOnForm the residential address written on the form, when there is one
 * @param routing                  how the competent akimat was found
 * @param identityDocument         the identity document presented at the counter
 * @param rehabilitationRegister   what the prosecutor's office's register holds (item 11.1)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RegistrySnapshot(
        OffsetDateTime takenAt,
        @JsonInclude(JsonInclude.Include.ALWAYS) Person applicant,
        NameOnForm applicantNameOnForm,
        Optional<Person> representative,
        @JsonInclude(JsonInclude.Include.ALWAYS) RegisteredAddress registeredAddress,
        AddressOnForm residentialAddressOnForm,
        Routing routing,
        IdentityDocument identityDocument,
        RehabilitationRegister rehabilitationRegister) {

    /**
     * The applicant's name: from the state database of individuals when it knows the person,
     * otherwise as written on the form (Appendix 1); {@code null} when neither is on record.
     */
    public String applicantName() {
        if (applicant != null) {
            return applicant.fullName();
        }
        return applicantNameOnForm == null ? null : applicantNameOnForm.fullName();
    }

    /** A person in the state database of individuals. */
    public record Person(Iin iin, String surname, String firstName, String patronymic,
            @JsonDeserialize(using = DateText.class) LocalDate birthDate,
            @JsonFormat(with = JsonFormat.Feature.READ_UNKNOWN_ENUM_VALUES_AS_NULL) LifeStatus lifeStatus) {

        public static Person of(Iin iin, PersonRecord person) {
            return new Person(iin, person.surname(), person.firstName(), person.patronymic(), person.birthDate(),
                    person.lifeStatus());
        }

        public String fullName() {
            return FullName.of(surname, firstName, patronymic);
        }
    }

    /** A name as written on the form. */
    public record NameOnForm(String surname, String firstName, String patronymic) {

        public String fullName() {
            return FullName.of(surname, firstName, patronymic);
        }
    }

    /** The registered residence as the address register gives it, with the akimat its KATO code leads to. */
    public record RegisteredAddress(String region, String regionKato, String district, String settlement,
            String settlementKato, String street, String building, String flat,
            @JsonDeserialize(using = DateText.class) LocalDate registeredOn, String competentAkimatCode,
            String competentAkimat) {

        public static RegisteredAddress of(kz.gov.rehab.commons.egov.RegisteredAddress address) {
            return new RegisteredAddress(
                    address.region() == null ? null : address.region().name(),
                    address.region() == null ? null : address.region().katoCode(),
                    address.district() == null ? null : address.district().name(),
                    address.settlement() == null ? null : address.settlement().name(),
                    address.settlement() == null ? null : address.settlement().katoCode(),
                    address.street(), address.building(), address.flat(), address.registeredOn(),
                    address.competentAkimat().code(), address.competentAkimat().nameKk());
        }
    }

    /** An address as written on the form, with the KATO code chosen for it. */
    public record AddressOnForm(String text, String katoCode) {
    }

    /** The competent akimat (C6) and how it was found. */
    public record Routing(RoutedBy by, String akimatCode, String akimat) {
    }

    /** How the competent akimat (C6) was found. */
    public enum RoutedBy {
        /** From the registered residence in the address register (item 3). */
        REGISTERED_ADDRESS,
        /** No registered residence: from the KATO code of the residential address written on the form (Appendix 1). */
        RESIDENTIAL_ADDRESS_ON_FORM
    }

    /** The identity document presented: whether the state database of individuals knows it, and until when it is valid. */
    public record IdentityDocument(String description, boolean registered,
            @JsonDeserialize(using = DateText.class) LocalDate validUntil) {
    }

    /**
     * What the akimat needs for item 11.1 (unreliable documents): whether the reference presented is
     * in the prosecutor's office's register, and what the register holds for the person.
     */
    public record RehabilitationRegister(boolean presentedReferenceFound, List<RehabilitationReference> references) {
    }

    /** A rehabilitation reference in the prosecutor's office's register. */
    public record RehabilitationReference(String number, @JsonDeserialize(using = DateText.class) LocalDate issuedOn, String issuingBody,
            @JsonFormat(with = JsonFormat.Feature.READ_UNKNOWN_ENUM_VALUES_AS_NULL) RepressionKind repressionKind,
            @JsonFormat(with = JsonFormat.Feature.READ_UNKNOWN_ENUM_VALUES_AS_NULL) RehabilitationCategory category) {

        public static RehabilitationReference of(RehabilitationRecord record) {
            return new RehabilitationReference(record.referenceNumber(), record.issuedOn(), record.issuingBody(), record.repressionKind(),
                    record.category());
        }
    }

    /** A date as {@code 2026-03-20}; the text {@code "null"} of older snapshots is no date. */
    static final class DateText extends StdScalarDeserializer<LocalDate> {

        DateText() {
            super(LocalDate.class);
        }

        @Override
        public LocalDate deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            String text = parser.getValueAsString();
            if (text == null || text.isBlank() || text.equals("null")) {
                return null;
            }
            try {
                return LocalDate.parse(text);
            } catch (java.time.format.DateTimeParseException e) {
                return (LocalDate) context.handleWeirdStringValue(LocalDate.class, text, "not an ISO date");
            }
        }
    }
}

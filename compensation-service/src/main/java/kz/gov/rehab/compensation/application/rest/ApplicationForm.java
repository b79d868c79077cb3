package kz.gov.rehab.compensation.application.rest;

import com.fasterxml.jackson.annotation.JsonIgnore;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Set;
import kz.gov.rehab.commons.egov.IdentityDocumentType;
import kz.gov.rehab.commons.person.Iin;
import kz.gov.rehab.compensation.application.ReceivedBenefit;
import kz.gov.rehab.compensation.bank.KazakhIban;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The Appendix 1 form of Order No. 277 (P1), as the specialist who accepted it enters it. Identity
 * document data and the registered address are compared with the state registries (P2).
 */
@Schema(name = "CompensationApplicationForm", description = "Appendix 1 form of Order No. 277 (P1)")
public record ApplicationForm(
        @NotNull @Schema(example = "330707399060", description = "IIN of the applicant") Iin iin,
        @NotBlank @Size(max = 100) @Schema(example = "Абенов") String surname,
        @NotBlank @Size(max = 100) @Schema(example = "Серик") String firstName,
        @Size(max = 100) @Schema(description = "if any", example = "Маратович") String patronymic,
        @NotNull @Past @Schema(example = "1979-10-28") LocalDate birthDate,
        @NotBlank @Size(max = 500) @Schema(example = "Astana, Yesil district, Mangilik El avenue 8, flat 12") String address,
        @NotNull @Valid IdentityDocumentForm identityDocument,
        @NotNull @Valid BankAccountForm bankAccount,
        @NotNull @Size(max = 5) @Schema(description = "which benefits the applicant receives (any combination, may be empty)")
        Set<@NotNull ReceivedBenefit> receivedBenefits,
        @NotNull @Valid PaymentInAnotherRepublicForm paymentInAnotherRepublic,
        @NotNull @Valid RehabilitationReferenceForm rehabilitationReference,
        @NotNull @AssertTrue(message = "consent to the collection and processing of personal data is required")
        @Schema(example = "true") Boolean consentToPersonalDataProcessing,
        @NotNull @AssertTrue(message = "consent to the use of information constituting a secret protected by law is required")
        @Schema(example = "true") Boolean consentToUseOfProtectedSecrets,
        @NotNull @PastOrPresent @Schema(description = "date next to the applicant's signature", example = "2026-05-04")
        LocalDate applicationDate,
        @NotNull @PastOrPresent @Schema(description = "date the application was accepted: the filing date that fixes the MRP", example = "2026-05-04")
        LocalDate acceptedOn,
        @NotNull @Valid SpecialistForm acceptedBy) implements ApplicantForm {

    /** Identity document named on the form: type, series, number, issuer. */
    public record IdentityDocumentForm(
            @NotNull @Schema(example = "ID_CARD") IdentityDocumentType type,
            @Size(max = 20) @Pattern(regexp = "[0-9A-ZА-Я]*") String series,
            @NotBlank @Pattern(regexp = "[0-9A-Z]{6,12}", message = "6 to 12 digits or capital Latin letters")
            @Schema(example = "045678912") String number,
            @NotBlank @Size(max = 200) @Schema(example = "Ministry of Internal Affairs of the RK") String issuer) {
    }

    /** Bank account number (IBAN) and the bank as written on the form. */
    public record BankAccountForm(
            @NotBlank @KazakhIban @Schema(example = "KZ86125KZT5004100100") String iban,
            @NotBlank @Size(max = 200) @Schema(description = "bank name or BIC", example = "National Bank of Kazakhstan") String bank) {
    }

    /** Whether part or all of the one-time compensation was already received in another republic, and on what grounds. */
    public record PaymentInAnotherRepublicForm(
            @NotNull @Schema(example = "false") Boolean received,
            @Size(max = 1000) @Schema(example = "") String grounds) {

        @JsonIgnore
        @AssertTrue(message = "the grounds are required when a payment in another republic is declared")
        public boolean isGroundsGivenWhenReceived() {
            return !Boolean.TRUE.equals(received) || (grounds != null && !grounds.isBlank());
        }
    }

    /** Number and date of the rehabilitation reference. */
    public record RehabilitationReferenceForm(
            @NotBlank @Size(max = 50) @Schema(example = "RR-2024-000123") String number,
            @NotNull @PastOrPresent @Schema(example = "2024-03-15") LocalDate date) {
    }

    /** The specialist who accepted the application. */
    public record SpecialistForm(
            @NotBlank @Size(max = 100) @Schema(example = "Жуманова") String surname,
            @NotBlank @Size(max = 100) @Schema(example = "Айгерим") String firstName,
            @Size(max = 100) String patronymic,
            @NotBlank @Size(max = 200) @Schema(example = "chief specialist") String position) {
    }
}

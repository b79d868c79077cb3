package kz.gov.rehab.compensation.homeschooling.rest;

import com.fasterxml.jackson.annotation.JsonIgnore;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import kz.gov.rehab.commons.person.Iin;
import kz.gov.rehab.compensation.application.rest.ApplicantForm;
import kz.gov.rehab.compensation.application.rest.ApplicationForm;
import kz.gov.rehab.compensation.homeschooling.HomeSchoolingCase;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Application for the reimbursement of the costs of home schooling of a child with a disability, by a
 * parent or legal representative. The applicant's part is the one of every programme (checked against
 * the registries); the child is checked against the state database of individuals and the address
 * register; the disability and the home-schooling conclusion are facts of the form.
 */
@Schema(name = "HomeSchoolingApplicationForm", description = "Application for the home-schooling reimbursement")
public record HomeSchoolingForm(
        @NotNull @Schema(example = "750321441202", description = "IIN of the parent or legal representative") Iin iin,
        @NotBlank @Size(max = 100) @Schema(example = "Исқақова") String surname,
        @NotBlank @Size(max = 100) @Schema(example = "Әсел") String firstName,
        @Size(max = 100) @Schema(description = "if any", example = "Маратқызы") String patronymic,
        @NotNull @Past @Schema(example = "1975-03-21") LocalDate birthDate,
        @NotBlank @Size(max = 500) @Schema(example = "Көкшетау, Мир көшесі 44, 183") String address,
        @NotNull @Valid ApplicationForm.IdentityDocumentForm identityDocument,
        @NotNull @Valid ApplicationForm.BankAccountForm bankAccount,
        @NotNull @Schema(example = "PARENT") HomeSchoolingCase.Relation relationToChild,
        @Size(max = 200) @Schema(description = "the document that makes the applicant the child's legal representative"
                + " (required for LEGAL_REPRESENTATIVE)", example = "guardianship order No. 12 of 2024-02-01")
        String authorityDocument,
        @NotNull @Valid ChildForm child,
        @NotNull @Valid DisabilityForm disability,
        @NotNull @Valid ConclusionForm homeSchoolingConclusion,
        @NotNull @AssertTrue(message = "consent to the collection and processing of personal data is required")
        @Schema(example = "true") Boolean consentToPersonalDataProcessing,
        @NotNull @AssertTrue(message = "consent to the use of information constituting a secret protected by law is required")
        @Schema(example = "true") Boolean consentToUseOfProtectedSecrets,
        @NotNull @PastOrPresent @Schema(example = "2026-01-12") LocalDate applicationDate,
        @NotNull @PastOrPresent @Schema(description = "date the application was accepted: the filing date that fixes the MRP"
                + " and the first month", example = "2026-01-12") LocalDate acceptedOn,
        @NotNull @Valid ApplicationForm.SpecialistForm acceptedBy) implements ApplicantForm {

    /** The child with a disability who is schooled at home. */
    public record ChildForm(
            @NotNull @Schema(example = "081230551065") Iin iin,
            @NotBlank @Size(max = 100) @Schema(example = "Исқақов") String surname,
            @NotBlank @Size(max = 100) @Schema(example = "Мұрат") String firstName,
            @Size(max = 100) @Schema(example = "Дәулетұлы") String patronymic,
            @NotNull @Past @Schema(example = "2008-12-30") LocalDate birthDate) {
    }

    /** The document establishing the child's disability. */
    public record DisabilityForm(
            @NotBlank @Size(max = 50) @Schema(example = "MSE-2025-0042117") String documentNumber,
            @NotNull @PastOrPresent @Schema(example = "2025-08-20") LocalDate documentDate,
            @Schema(description = "if the disability is established for a limited time", example = "2027-08-20")
            LocalDate validUntil) {
    }

    /** The conclusion that the child is to be schooled at home, and the period it covers. */
    public record ConclusionForm(
            @NotBlank @Size(max = 50) @Schema(example = "PMPK-2025-118") String number,
            @NotNull @PastOrPresent @Schema(example = "2025-08-28") LocalDate date,
            @NotNull @Schema(example = "2025-09-01") LocalDate periodFrom,
            @NotNull @Schema(example = "2026-05-31") LocalDate periodTo) {

        @JsonIgnore
        @AssertTrue(message = "the period of the conclusion ends no earlier than it begins")
        public boolean isPeriodOrdered() {
            return periodFrom == null || periodTo == null || !periodTo.isBefore(periodFrom);
        }
    }

    @JsonIgnore
    @AssertTrue(message = "a legal representative names the document of their authority")
    public boolean isAuthorityDocumentGiven() {
        return relationToChild != HomeSchoolingCase.Relation.LEGAL_REPRESENTATIVE
                || (authorityDocument != null && !authorityDocument.isBlank());
    }

    @JsonIgnore
    @AssertTrue(message = "the child is not the applicant")
    public boolean isChildNotTheApplicant() {
        return iin == null || child == null || child.iin() == null || !iin.equals(child.iin());
    }
}

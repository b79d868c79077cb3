package kz.gov.rehab.certificate.intake;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import kz.gov.rehab.certificate.application.RequestedResult;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The application form of Appendix 1 (C1) as the State Corporation employee enters it, with the
 * documents presented at the counter (C2). The registries are the source of the applicant's name
 * and registered address; the name and the residential address written on the form are recorded
 * too, and are what the application rests on when the registries know nothing of the person
 * (C3: that is for the akimat's review, never a reason to refuse to accept).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record IntakeRequest(
        @Schema(description = "What is asked: a certificate, or a duplicate of it", required = true)
        @NotNull RequestedResult requested,
        @Schema(description = "IIN of the rehabilitated person", example = "350412399000", required = true)
        @NotNull @Pattern(regexp = "\\d{12}", message = "an IIN is exactly 12 digits") String applicantIin,
        @Schema(description = "The applicant's surname, name and patronymic (if any) as written on the form (Appendix 1); "
                + "required when the state database of individuals does not know the IIN")
        @Valid WrittenName applicantName,
        @Schema(description = "The residential address written on the form (Appendix 1), with the KATO code of its settlement; "
                + "routes the application when the address register has no registered address (docs/certificate-service.md)")
        @Valid ResidentialAddress residentialAddress,
        @Schema(description = "When a representative applies: their IIN and the notarised power of attorney")
        @Valid Representative representative,
        @Schema(description = "Documents presented at the counter (C2)", required = true)
        @NotNull @Valid PresentedDocuments documents,
        @Schema(description = "The applicant's statement that the documents submitted are authentic (Appendix 1)", required = true)
        @NotNull Boolean documentsAuthentic,
        @Schema(description = "Consent to the collection and processing of personal data", required = true)
        @NotNull Boolean personalDataConsent,
        @Schema(description = "The State Corporation employee who takes the documents", required = true)
        @NotNull @Valid Employee acceptedBy,
        @Schema(description = "The State Corporation branch", required = true)
        @NotNull @Valid Branch branch,
        @Schema(description = "The electronic queue's ticket called to the window for this intake (standard item 9); "
                + "when given, the branch must be open (item 9) and the wait and service times go on the receipt (items 5.2, 5.3)",
                example = "ASTANA-01-20261207-W0001")
        @Size(max = 60) String queueTicket) {

    public record WrittenName(
            @Schema(example = "Сейтқали") @NotBlank @Size(max = 100) String surname,
            @Schema(example = "Бекжан") @NotBlank @Size(max = 100) String name,
            @Schema(description = "Only if any") @Size(max = 100) String patronymic) {
    }

    public record ResidentialAddress(
            @Schema(description = "The address as written", example = "Алматы қ., Медеу ауданы, Достық даңғылы 85, 12")
            @NotBlank @Size(max = 300) String text,
            @Schema(description = "KATO code of the settlement (or city district) of the address, chosen from the classifier", example = "751110000")
            @NotNull @Pattern(regexp = "\\d{9}", message = "a KATO code is exactly 9 digits") String katoCode) {
    }

    public record Representative(
            @Schema(example = "720614399047", required = true)
            @NotNull @Pattern(regexp = "\\d{12}", message = "an IIN is exactly 12 digits") String iin,
            @Schema(description = "Notarised power of attorney (C2 item 3); missing → refusal receipt")
            @Valid PowerOfAttorney powerOfAttorney) {
    }

    public record PowerOfAttorney(
            @Schema(example = "Нотариус Әлиева А.Б., Астана") @NotBlank @Size(max = 200) String notary,
            @Schema(example = "2026-0012345") @NotBlank @Size(max = 50) String number,
            @Schema(example = "2026-01-15") @NotNull LocalDate issuedOn,
            @Schema(example = "2027-01-15") @NotNull LocalDate validUntil) {
    }

    public record PresentedDocuments(
            @Schema(description = "Identity card, or a one-time code of the digital documents service (C2 item 1); missing → refusal receipt")
            @Valid IdentityPresented identity,
            @Schema(description = "Rehabilitation reference or copy of a court act in force (C2 item 2); missing → refusal receipt")
            @Valid RehabilitationDocument rehabilitation) {
    }

    public record IdentityPresented(
            @NotNull IdentityPresentation kind,
            @Schema(description = "Number of the identity card (kind ID_CARD)", example = "099000001")
            @Size(max = 20) String number,
            @Schema(description = "One-time code shown in the eGov mobile app (kind DIGITAL_DOCUMENT)", example = "482913")
            @Size(max = 20) String oneTimeCode,
            @Schema(description = "Valid until, as printed on the card (kind ID_CARD); required when the state database "
                    + "of individuals does not hold the card, whose own date then decides whether it has expired (C3)",
                    example = "2031-05-16")
            LocalDate validUntil) {
    }

    public enum IdentityPresentation {
        ID_CARD,
        DIGITAL_DOCUMENT
    }

    public record RehabilitationDocument(
            @NotNull RehabilitationDocumentKind kind,
            @Schema(example = "R-1996-099001") @NotBlank @Size(max = 50) String number,
            @Schema(example = "1996-04-18") @NotNull LocalDate issuedOn,
            @Schema(example = "Астана қаласының прокуратурасы") @NotBlank @Size(max = 200) String issuer) {
    }

    public enum RehabilitationDocumentKind {
        REHABILITATION_REFERENCE,
        COURT_ACT
    }

    public record Employee(
            @Schema(example = "Сапарова") @NotBlank @Size(max = 100) String surname,
            @Schema(example = "Динара") @NotBlank @Size(max = 100) String name,
            @Schema(description = "Only if any", example = "Ерланқызы") @Size(max = 100) String patronymic,
            @Schema(example = "Chief specialist") @NotBlank @Size(max = 100) String position,
            @Schema(description = "Phone, if any", example = "+7 7172 55 00 11") @Size(max = 30) String phone) {
    }

    public record Branch(
            @Schema(example = "ASTANA-01") @NotBlank @Size(max = 20) String number,
            @Schema(example = "Астана, Қабанбай батыр даңғылы 1") @NotBlank @Size(max = 300) String address) {
    }
}

package kz.gov.rehab.compensation.application.rest;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import kz.gov.rehab.compensation.application.ApplicationStatus;
import kz.gov.rehab.compensation.application.CompensationApplication;
import kz.gov.rehab.compensation.application.FieldMismatch;
import kz.gov.rehab.compensation.application.ReceivedBenefit;
import kz.gov.rehab.compensation.application.RegistrySnapshot;
import kz.gov.rehab.compensation.application.Specialist;
import kz.gov.rehab.compensation.decision.RefusalReason;
import kz.gov.rehab.compensation.decision.amount.AmountOutcome;
import kz.gov.rehab.compensation.programme.PayoutProgramme;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A compensation application as the officer sees it: the form, the registry data, the decision. */
@Schema(name = "CompensationApplication")
public record ApplicationView(UUID id, String number, PayoutProgramme programme, ApplicationStatus status, long version,
        String iin, Form form, RegistrySnapshot registry, List<FieldMismatch> mismatches, List<String> pendingReasons,
        Rehabilitation rehabilitation, Decision decision) {

    public record Form(String surname, String firstName, String patronymic, LocalDate birthDate, String address,
            String identityDocumentType, String identityDocumentSeries, String identityDocumentNumber,
            String identityDocumentIssuer, String iban, String bankOnForm, String bankBic, Set<ReceivedBenefit> receivedBenefits,
            boolean receivedInAnotherRepublic, String grounds, String referenceNumber, LocalDate referenceDate,
            boolean consentToPersonalDataProcessing, boolean consentToUseOfProtectedSecrets, LocalDate applicationDate,
            LocalDate acceptedOn, Specialist acceptedBy) {
    }

    /** Months and category as the rehabilitation register gives them (not as the form might). */
    public record Rehabilitation(int months, String category) {
    }

    public record Decision(BigDecimal amountKzt, AmountOutcome.Computed amountBasis, String decidedBy, Instant decidedAt,
            String grounds, RefusalReason refusalReason, String refusalDetail) {
    }

    public static ApplicationView of(CompensationApplication a) {
        return new ApplicationView(a.id, a.number, a.programme, a.status, a.version, a.iin,
                new Form(a.surname, a.firstName, a.patronymic, a.birthDate, a.address, a.idDocumentType.name(),
                        a.idDocumentSeries, a.idDocumentNumber, a.idDocumentIssuer, a.iban, a.bankOnForm, a.bankBic,
                        a.receivedBenefits, a.receivedInOtherRepublic, a.otherRepublicGrounds, a.referenceNumber,
                        a.referenceDate, a.consentPersonalData, a.consentProtectedSecrets, a.applicationDate, a.acceptedOn,
                        a.acceptedBy),
                a.registrySnapshot, a.mismatches, a.pendingReasons,
                new Rehabilitation(a.rehabilitationMonths, a.rehabilitationCategory),
                a.decidedAt == null ? null : new Decision(a.amountKzt, a.amountBasis, a.decidedBy, a.decidedAt,
                        a.decisionGrounds, a.refusalReason, a.refusalDetail));
    }
}

package kz.gov.rehab.compensation.application.rest;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import kz.gov.rehab.commons.money.Money;
import kz.gov.rehab.compensation.application.ApplicationStatus;
import kz.gov.rehab.compensation.application.CompensationApplication;
import kz.gov.rehab.compensation.application.FieldMismatch;
import kz.gov.rehab.compensation.application.ReceivedBenefit;
import kz.gov.rehab.compensation.application.RegistrySnapshot;
import kz.gov.rehab.compensation.application.Specialist;
import kz.gov.rehab.compensation.decision.RefusalReason;
import kz.gov.rehab.compensation.decision.amount.AmountOutcome;
import kz.gov.rehab.compensation.homeschooling.HomeSchoolingCase;
import kz.gov.rehab.compensation.programme.PayoutProgramme;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A compensation application as the officer sees it: the form, the registry data, the decision. */
@Schema(name = "CompensationApplication")
public record ApplicationView(UUID id, String number, PayoutProgramme programme, ApplicationStatus status, long version,
        String iin, Form form, RegistrySnapshot registry, List<FieldMismatch> mismatches, List<String> pendingReasons,
        Rehabilitation rehabilitation, HomeSchooling homeSchooling, Region region, Decision decision) {

    public record Form(String surname, String firstName, String patronymic, LocalDate birthDate, String address,
            String identityDocumentType, String identityDocumentSeries, String identityDocumentNumber,
            String identityDocumentIssuer, String iban, String bankOnForm, String bankBic, Set<ReceivedBenefit> receivedBenefits,
            boolean receivedInAnotherRepublic, String grounds, String referenceNumber, LocalDate referenceDate,
            boolean consentToPersonalDataProcessing, boolean consentToUseOfProtectedSecrets, LocalDate applicationDate,
            LocalDate acceptedOn, Specialist acceptedBy) {
    }

    /** Months and category as the rehabilitation register gives them (not as the form might). */
    public record Rehabilitation(Integer months, String category) {
    }

    /**
     * A home-schooling reimbursement: the child, disability and conclusion (form and registry), the months
     * assigned (first and last) and the amount of one monthly instalment once assigned.
     */
    public record HomeSchooling(HomeSchoolingCase details, YearMonth periodFrom, YearMonth periodTo, Integer months,
            Money instalment) {
    }

    /** The region the award is reported in, from the address register. */
    public record Region(String katoCode, String name) {
    }

    public record Decision(Money amount, AmountBasis amountBasis, String decidedBy, Instant decidedAt,
            String grounds, RefusalReason refusalReason, String refusalDetail) {
    }

    /**
     * How the amount was reached: the MRP in force on the filing date, the rate in MRP per month, the
     * cap in MRP, the months counted and whether the cap applied.
     */
    public record AmountBasis(Money amount, Money mrp, LocalDate mrpEffectiveFrom, BigDecimal mrpPerMonth, BigDecimal capMrp,
            int months, boolean capped, LocalDate rateEffectiveFrom) {

        static AmountBasis of(AmountOutcome.Computed basis) {
            return basis == null ? null : new AmountBasis(Money.kzt(basis.amountKzt()), Money.kzt(basis.mrpKzt()),
                    basis.mrpEffectiveFrom(), basis.mrpPerMonth(), basis.capMrp(), basis.months(), basis.capped(),
                    basis.rateEffectiveFrom());
        }
    }

    public static ApplicationView of(CompensationApplication a) {
        return new ApplicationView(a.id, a.number, a.programme, a.status, a.version, a.iin.value(),
                new Form(a.surname, a.firstName, a.patronymic, a.birthDate, a.address, a.idDocumentType.name(),
                        a.idDocumentSeries, a.idDocumentNumber, a.idDocumentIssuer, a.iban, a.bankOnForm, a.bankBic,
                        a.receivedBenefits, a.receivedInOtherRepublic, a.otherRepublicGrounds, a.referenceNumber,
                        a.referenceDate, a.consentPersonalData, a.consentProtectedSecrets, a.applicationDate, a.acceptedOn,
                        a.acceptedBy),
                a.registrySnapshot, a.mismatches, a.pendingReasons,
                a.rehabilitationCategory == null ? null : new Rehabilitation(a.rehabilitationMonths, a.rehabilitationCategory),
                a.homeSchooling == null ? null : new HomeSchooling(a.homeSchooling, YearMonth.from(a.periodFrom),
                        YearMonth.from(a.periodTo), a.monthsCounted(), Money.kztOrNull(a.instalmentKzt)),
                a.regionKato == null ? null : new Region(a.regionKato, a.regionName),
                a.decidedAt == null ? null : new Decision(Money.kztOrNull(a.amountKzt), AmountBasis.of(a.amountBasis), a.decidedBy, a.decidedAt,
                        a.decisionGrounds, a.refusalReason, a.refusalDetail));
    }
}

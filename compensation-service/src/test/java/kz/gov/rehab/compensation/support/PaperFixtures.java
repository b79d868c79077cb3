package kz.gov.rehab.compensation.support;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import kz.gov.rehab.commons.document.DocumentsConfig;
import kz.gov.rehab.commons.person.Iin;
import kz.gov.rehab.commons.testing.FixedDocumentsConfig;
import kz.gov.rehab.commons.egov.IdentityDocumentType;
import kz.gov.rehab.compensation.application.ApplicationStatus;
import kz.gov.rehab.compensation.application.CompensationApplication;
import kz.gov.rehab.compensation.application.ReceivedBenefit;
import kz.gov.rehab.compensation.application.RegistrySnapshot;
import kz.gov.rehab.compensation.application.Specialist;
import kz.gov.rehab.compensation.decision.amount.AmountOutcome;
import kz.gov.rehab.compensation.programme.PayoutProgramme;

/**
 * The stored compensation application of Исқақов Мұрат Болатұлы (24 months, docs/registry-fixtures.md),
 * filed on 4 May 2026 and assigned 77,850 KZT (¾ × 4,325 KZT × 24 months) on 6 May, as the paper
 * documents are printed from it, without a database.
 */
public final class PaperFixtures {

    public static final DocumentsConfig DOCUMENTS = FixedDocumentsConfig.PUBLIC;

    private PaperFixtures() {
    }

    public static CompensationApplication accepted() {
        CompensationApplication a = new CompensationApplication();
        a.id = UUID.fromString("00000000-0000-0000-0000-000000000001");
        a.number = "CMP-2026-000001";
        a.programme = PayoutProgramme.REPRESSION_ONE_TIME;
        a.iin = Iin.parse("330707399060");
        a.status = ApplicationStatus.DATA_CHECKED;
        a.surname = "Исқақов";
        a.firstName = "Мұрат";
        a.patronymic = "Болатұлы";
        a.birthDate = LocalDate.of(1933, 7, 7);
        a.address = "Астана, Тәуелсіздік даңғылы 21, пәтер 140";
        a.idDocumentType = IdentityDocumentType.ID_CARD;
        a.idDocumentNumber = "099000007";
        a.idDocumentIssuer = "ҚР ІІМ";
        a.iban = "KZ19601KZT0000000001";
        a.bankOnForm = "Halyk Bank";
        a.receivedBenefits = EnumSet.of(ReceivedBenefit.PENSION);
        a.referenceNumber = "R-1999-099007";
        a.referenceDate = LocalDate.of(1999, 3, 3);
        a.consentPersonalData = true;
        a.consentProtectedSecrets = true;
        a.applicationDate = LocalDate.of(2026, 5, 4);
        a.acceptedOn = LocalDate.of(2026, 5, 4);
        a.acceptedBy = new Specialist("Жуманова", "Айгерим", "Серікқызы", "бас маман / главный специалист");
        a.subdivision = "710000000";
        a.regionName = "Астана қаласы";
        a.rehabilitationMonths = 24;
        a.rehabilitationCategory = "REPRESSED";
        a.registrySnapshot = new RegistrySnapshot(new RegistrySnapshot.Person("Исқақов", "Мұрат", "Болатұлы",
                LocalDate.of(1933, 7, 7), "ALIVE", null), null, null, null, Instant.parse("2026-05-04T05:00:00Z"));
        a.createdAt = Instant.parse("2026-05-04T05:12:00Z");
        return a;
    }

    public static CompensationApplication assigned() {
        CompensationApplication a = accepted();
        a.status = ApplicationStatus.ASSIGNED;
        a.amountBasis = new AmountOutcome.Computed(new BigDecimal("77850.00"), new BigDecimal("4325"), LocalDate.of(2026, 1, 1),
                new BigDecimal("0.75"), new BigDecimal("100"), 24, false, LocalDate.of(1993, 4, 14));
        a.amountKzt = a.amountBasis.amountKzt();
        a.decidedBy = "officer-astana-1";
        a.decidedAt = Instant.parse("2026-05-06T06:30:00Z");
        return a;
    }

    public static CompensationApplication refused() {
        CompensationApplication a = accepted();
        a.status = ApplicationStatus.REFUSED;
        a.receivedInOtherRepublic = true;
        a.otherRepublicGrounds = "Өзбекстан Республикасы, 2019 / Республика Узбекистан, 2019";
        a.refusalReason = kz.gov.rehab.compensation.decision.RefusalReason.RECEIVED_IN_ANOTHER_REPUBLIC;
        a.refusalDetail = "Толық мөлшері 2019 жылы төленген / Выплачена в полном размере в 2019 году";
        a.decidedBy = "officer-astana-1";
        a.decidedAt = Instant.parse("2026-05-06T06:30:00Z");
        return a;
    }

    /** The benefits the fixture receives, for the assertions on the form. */
    public static List<ReceivedBenefit> benefits() {
        return List.copyOf(accepted().receivedBenefits);
    }
}

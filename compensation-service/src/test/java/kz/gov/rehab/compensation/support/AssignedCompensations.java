package kz.gov.rehab.compensation.support;

import io.quarkus.narayana.jta.QuarkusTransaction;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import kz.gov.rehab.commons.person.Iin;
import kz.gov.rehab.compensation.application.ApplicationStatus;
import kz.gov.rehab.compensation.application.CompensationApplication;
import kz.gov.rehab.compensation.application.ReceivedBenefit;
import kz.gov.rehab.compensation.application.RegistrySnapshot;
import kz.gov.rehab.compensation.application.Specialist;
import kz.gov.rehab.compensation.decision.amount.AmountOutcome;
import kz.gov.rehab.compensation.programme.PayoutProgramme;

/**
 * Compensations already assigned, written straight to the database: the starting point of payout
 * tests, which are about the payout and not about how an application got assigned.
 */
public final class AssignedCompensations {

    private static final AtomicInteger NUMBER = new AtomicInteger();

    private AssignedCompensations() {
    }

    /** An application of a new person, assigned 24 months at the 2026 MRP (77,850.00 KZT), account at Kaspi. */
    public static UUID assigned() {
        return assigned(TestIins.next(), new BigDecimal("77850.00"));
    }

    public static UUID assigned(String iin, BigDecimal amount) {
        return QuarkusTransaction.requiringNew().call(() -> {
            CompensationApplication a = application(iin, amount);
            a.persist();
            return a.id;
        });
    }

    /** An assigned application of {@code iin} with {@code amount}, not yet persisted: a one-time compensation. */
    public static CompensationApplication application(String iin, BigDecimal amount) {
        CompensationApplication a = new CompensationApplication();
        a.id = UUID.randomUUID();
        a.number = "TST-" + System.nanoTime() + "-" + NUMBER.incrementAndGet();
        a.programme = PayoutProgramme.REPRESSION_ONE_TIME;
        a.iin = Iin.parse(iin);
        a.status = ApplicationStatus.ASSIGNED;
        a.surname = "ТЕСТОВ";
        a.firstName = "ТЕСТ";
        a.birthDate = LocalDate.of(1930, 1, 1);
        a.address = "Astana, Abay avenue 1";
        a.idDocumentType = kz.gov.rehab.commons.egov.IdentityDocumentType.ID_CARD;
        a.idDocumentNumber = "012345678";
        a.idDocumentIssuer = "MIA RK";
        a.iban = "KZ71722KZT0000000002";
        a.bankOnForm = "Kaspi Bank";
        a.bankCode = "722";
        a.bankBic = "CASPKZKA";
        a.receivedBenefits = EnumSet.of(ReceivedBenefit.PENSION);
        a.referenceNumber = "RR-TEST";
        a.referenceDate = LocalDate.of(2024, 1, 10);
        a.consentPersonalData = true;
        a.consentProtectedSecrets = true;
        a.applicationDate = LocalDate.of(2026, 5, 4);
        a.acceptedOn = LocalDate.of(2026, 5, 4);
        a.acceptedBy = new Specialist("ЖУМАНОВА", "АЙГЕРИМ", null, "chief specialist");
        a.registrySnapshot = new RegistrySnapshot(new RegistrySnapshot.Person("ТЕСТОВ", "ТЕСТ", null,
                LocalDate.of(1930, 1, 1), "ALIVE", null), null, null,
                new RegistrySnapshot.RehabilitationReference("RR-TEST", LocalDate.of(2024, 1, 10), 24, "REPRESSED"),
                Instant.now());
        a.mismatches = List.of();
        a.rehabilitationMonths = 24;
        a.rehabilitationCategory = "REPRESSED";
        a.pendingReasons = List.of();
        a.amountKzt = amount;
        a.amountBasis = new AmountOutcome.Computed(amount, new BigDecimal("4325.00"), LocalDate.of(2026, 1, 1),
                new BigDecimal("0.75"), new BigDecimal("100"), 24, false, LocalDate.of(1993, 4, 14));
        a.decidedBy = "officer-astana-1";
        a.decidedAt = Instant.now();
        a.submittedBy = "officer-astana-1";
        a.createdAt = Instant.now();
        a.updatedAt = a.createdAt;
        return a;
    }
}

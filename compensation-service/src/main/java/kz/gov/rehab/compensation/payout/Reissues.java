package kz.gov.rehab.compensation.payout;

import kz.gov.rehab.commons.refusal.TransitionNotAllowed;
import kz.gov.rehab.commons.refusal.NotFound;
import kz.gov.rehab.commons.time.ServiceClock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.UUID;
import kz.gov.rehab.commons.idempotency.IdempotencyClaim;
import kz.gov.rehab.compensation.application.ApplicationStatus;
import kz.gov.rehab.compensation.application.CompensationApplication;
import kz.gov.rehab.compensation.bank.Bank;
import kz.gov.rehab.compensation.bank.BankAccounts;
import kz.gov.rehab.compensation.bank.Iban;
import kz.gov.rehab.compensation.stage.Stage;
import kz.gov.rehab.compensation.stage.StageRecorder;

/**
 * Re-issue of a compensation whose payment failed: the account is corrected (same checks as on
 * the form) and the compensation waits for the next payout batch again. The failed payment stays
 * failed in its batch, so the batch still reconciles.
 */
@ApplicationScoped
public class Reissues {

    private final BankAccounts bankAccounts;
    private final StageRecorder stages;

    private final ServiceClock clock;

    public Reissues(BankAccounts bankAccounts, StageRecorder stages, ServiceClock clock) {
        this.clock = clock;
        this.bankAccounts = bankAccounts;
        this.stages = stages;
    }

    @Transactional
    public CompensationApplication reissue(UUID applicationId, String iban, String namedBank, String operator,
            IdempotencyClaim<CompensationApplication> claim) {
        claim.take();
        CompensationApplication application = CompensationApplication.<CompensationApplication>findByIdOptional(applicationId)
                .orElseThrow(() -> new NotFound("No compensation application " + applicationId));
        // A periodic award stays ASSIGNED: its failed instalment waits for the next batch with the corrected account.
        boolean periodicAward = application.programme.periodic() && application.status == ApplicationStatus.ASSIGNED;
        if (application.status != ApplicationStatus.PAYMENT_FAILED && !periodicAward) {
            throw new TransitionNotAllowed("Re-issuing the payment", application.status);
        }
        Bank bank = bankAccounts.verify(iban, namedBank, "bankAccount");
        String previous = Iban.parse(application.iban).masked();
        application.iban = Iban.parse(iban).value();
        application.bankOnForm = namedBank.trim();
        application.bankCode = bank.code();
        application.bankBic = bank.bic();
        if (!periodicAward) {
            application.moveTo(ApplicationStatus.ASSIGNED, "re-issue the payment", clock.instant());
        }
        stages.record(application, Stage.REISSUED, "account corrected (was " + previous + ")", operator);
        return claim.answer(application);
    }
}

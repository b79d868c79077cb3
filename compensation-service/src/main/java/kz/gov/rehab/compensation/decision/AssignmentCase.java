package kz.gov.rehab.compensation.decision;

import java.util.List;
import kz.gov.rehab.commons.egov.CompensationPayment;
import kz.gov.rehab.commons.egov.LifeStatus;
import java.time.LocalDate;
import java.util.Optional;
import kz.gov.rehab.compensation.application.ApplicationStatus;
import kz.gov.rehab.compensation.decision.amount.AmountOutcome;

/**
 * The facts an assignment is decided on, gathered before the policies are asked.
 *
 * @param status             the application's current state
 * @param oncePerPerson      whether the programme is paid once per person (P3)
 * @param holderOfCompensation the number of another application of the person that holds the compensation
 * @param lifeStatus         the person's life status in the state database of individuals, now
 * @param deathDate          the date of death, when recorded
 * @param amount             what the amount rule gives
 * @param grounds            the officer's grounds for a manual decision, if given
 * @param paidBefore         the one-time compensation payments of the register of payments (also before this system)
 * @param referenceRegistered for the one-time compensation: whether the reference on the form is in the
 *                           rehabilitation register now (empty for a programme without a reference)
 * @param beneficiary        the person the award is for when it is not the applicant (the child of a
 *                           home-schooling reimbursement): life status now, and another application that
 *                           already reimburses a month of the period; empty for the applicant's own award
 */
public record AssignmentCase(ApplicationStatus status, boolean oncePerPerson, Optional<String> holderOfCompensation,
        List<CompensationPayment> paidBefore, Optional<Boolean> referenceRegistered,
        LifeStatus lifeStatus, LocalDate deathDate, AmountOutcome amount, String grounds, Optional<Beneficiary> beneficiary) {

    public AssignmentCase {
        paidBefore = List.copyOf(paidBefore);
    }

    public AssignmentCase(ApplicationStatus status, boolean oncePerPerson, Optional<String> holderOfCompensation,
            LifeStatus lifeStatus, LocalDate deathDate, AmountOutcome amount, String grounds, Optional<Beneficiary> beneficiary) {
        this(status, oncePerPerson, holderOfCompensation, List.of(), Optional.empty(), lifeStatus, deathDate, amount, grounds,
                beneficiary);
    }

    public AssignmentCase(ApplicationStatus status, boolean oncePerPerson, Optional<String> holderOfCompensation,
            LifeStatus lifeStatus, LocalDate deathDate, AmountOutcome amount, String grounds) {
        this(status, oncePerPerson, holderOfCompensation, lifeStatus, deathDate, amount, grounds, Optional.empty());
    }

    /** The beneficiary of an award paid to a parent or representative. */
    public record Beneficiary(LifeStatus lifeStatus, LocalDate deathDate, Optional<String> overlappingAward) {
    }
}

package kz.gov.rehab.compensation.decision;

import java.util.Optional;
import kz.gov.rehab.commons.egov.CompensationPayment;
import java.util.List;
import kz.gov.rehab.commons.egov.EgovRegistries;
import kz.gov.rehab.commons.egov.LifeStatus;
import kz.gov.rehab.commons.person.Iin;
import kz.gov.rehab.compensation.application.ApplicationStatus;
import kz.gov.rehab.compensation.application.CompensationApplication;
import kz.gov.rehab.compensation.programme.PayoutProgramme;
import kz.gov.rehab.compensation.decision.amount.AmountOutcome;

/**
 * A rule that must hold before a compensation is assigned. All policies in force are listed in
 * {@link #IN_FORCE}; the decision asks each and stops at the first rejection.
 */
public sealed interface AssignmentPolicy {

    List<AssignmentPolicy> IN_FORCE = List.of(new OnePaymentPerPerson(), new ReferenceInRegister(), new AliveWhenAssigned(),
            new BeneficiaryAliveWhenAssigned(), new OneAwardPerBeneficiaryAndMonth(), new MonthsOfRepression(),
            new AmountInForce(), new GroundsForManualDecision());

    PolicyOutcome check(AssignmentCase assignment);

    /**
     * P3: the one-time compensation is paid once per person. A person who holds it under another
     * application of this service (assigned or paid), or who was paid it before this system existed
     * (the register of payments, read through the digital-government gateway), gets no second one.
     * A declared payment in another republic is the third source: it sends the case to a manual decision
     * with the officer's reasoning ({@link GroundsForManualDecision}). This is the rule's one home:
     * filing asks it ({@link #check(CompensationApplication, List)}), the decision asks it among the
     * policies in force, and both gather its facts here ({@link #paymentsOnRecord},
     * {@link #holderOtherThan}). The database's unique index is the last word on concurrent assignments.
     */
    record OnePaymentPerPerson() implements AssignmentPolicy {
        @Override
        public PolicyOutcome check(AssignmentCase assignment) {
            return check(assignment.oncePerPerson(), assignment.holderOfCompensation(), assignment.paidBefore());
        }

        /** Asked at filing: the application just recorded against the person's other applications and the register. */
        public static PolicyOutcome check(CompensationApplication application, List<CompensationPayment> paidBefore) {
            return check(application.programme.oncePerPerson(), holderOtherThan(application), paidBefore);
        }

        /** The register of one-time compensation payments, asked only for a programme paid once per person. */
        public static List<CompensationPayment> paymentsOnRecord(EgovRegistries registries, PayoutProgramme programme,
                Iin iin, String caseNumber) {
            return programme.oncePerPerson() ? registries.compensationPayments(iin, caseNumber) : List.of();
        }

        /** The number of another application of the person that holds the compensation, for a programme paid once per person. */
        public static Optional<String> holderOtherThan(CompensationApplication application) {
            return application.programme.oncePerPerson()
                    ? CompensationApplication.holderOfCompensation(application.programme, application.iin, application.id)
                            .map(other -> other.number)
                    : Optional.empty();
        }

        public static PolicyOutcome check(boolean oncePerPerson, Optional<String> holderOfCompensation,
                List<CompensationPayment> paidBefore) {
            if (!oncePerPerson) {
                return PolicyOutcome.allowed();
            }
            if (holderOfCompensation.isPresent()) {
                return new PolicyOutcome.Rejected("OnePaymentPerPerson", "the person already holds this compensation"
                        + " under application " + holderOfCompensation.get(), RefusalReason.ALREADY_COMPENSATED);
            }
            if (!paidBefore.isEmpty()) {
                CompensationPayment first = paidBefore.get(0);
                return new PolicyOutcome.Rejected("OnePaymentPerPerson", "the one-time compensation was already paid on "
                        + first.paidOn() + " (" + first.amountKzt().toPlainString() + " KZT, " + first.decisionReference() + ", "
                        + first.payer() + "), before this system: register of one-time compensation payments",
                        RefusalReason.ALREADY_COMPENSATED);
            }
            return PolicyOutcome.allowed();
        }
    }

    /** P1: the rehabilitation reference on the form must be in the rehabilitation register for this IIN, with its number and date. */
    record ReferenceInRegister() implements AssignmentPolicy {
        @Override
        public PolicyOutcome check(AssignmentCase assignment) {
            if (assignment.referenceRegistered().isPresent() && !assignment.referenceRegistered().get()) {
                return new PolicyOutcome.Rejected("ReferenceInRegister", "the rehabilitation reference on the form is not in "
                        + "the rehabilitation register for this IIN with this number and date", RefusalReason.REFERENCE_NOT_IN_REGISTER);
            }
            return PolicyOutcome.allowed();
        }
    }

    /** Para 4 (Law of 14 April 1993): the compensation is for months spent in repression; a reference without any gives no right. */
    record MonthsOfRepression() implements AssignmentPolicy {
        @Override
        public PolicyOutcome check(AssignmentCase assignment) {
            if (assignment.amount() instanceof AmountOutcome.MonthsNotCounted counted && counted.months() <= 0) {
                return new PolicyOutcome.Rejected("MonthsOfRepression", "the rehabilitation register gives no month spent in "
                        + "places of imprisonment, exile, special settlement, forced labour or forced psychiatric treatment",
                        RefusalReason.NOT_ENTITLED);
            }
            return PolicyOutcome.allowed();
        }
    }

    /** A person who died before the assignment (life status in the state database of individuals) cannot be assigned. */
    record AliveWhenAssigned() implements AssignmentPolicy {
        @Override
        public PolicyOutcome check(AssignmentCase assignment) {
            if (assignment.lifeStatus() != null && assignment.lifeStatus() != LifeStatus.ALIVE) {
                return new PolicyOutcome.Rejected("AliveWhenAssigned", "the state database of individuals records the"
                        + " applicant as " + assignment.lifeStatus()
                        + (assignment.deathDate() == null ? "" : " since " + assignment.deathDate()),
                        RefusalReason.APPLICANT_DECEASED);
            }
            return PolicyOutcome.allowed();
        }
    }

    /** The child a home-schooling reimbursement is for must be alive (state database of individuals, asked now). */
    record BeneficiaryAliveWhenAssigned() implements AssignmentPolicy {
        @Override
        public PolicyOutcome check(AssignmentCase assignment) {
            return assignment.beneficiary()
                    .filter(child -> child.lifeStatus() != null && child.lifeStatus() != LifeStatus.ALIVE)
                    .<PolicyOutcome>map(child -> new PolicyOutcome.Rejected("BeneficiaryAliveWhenAssigned",
                            "the state database of individuals records the child as " + child.lifeStatus()
                                    + (child.deathDate() == null ? "" : " since " + child.deathDate()),
                            RefusalReason.CHILD_DECEASED))
                    .orElse(PolicyOutcome.allowed());
        }
    }

    /** A child has at most one home-schooling reimbursement for any month (the instalments' key enforces it too). */
    record OneAwardPerBeneficiaryAndMonth() implements AssignmentPolicy {
        @Override
        public PolicyOutcome check(AssignmentCase assignment) {
            return assignment.beneficiary()
                    .flatMap(AssignmentCase.Beneficiary::overlappingAward)
                    .<PolicyOutcome>map(other -> new PolicyOutcome.Rejected("OneAwardPerBeneficiaryAndMonth",
                            "the child already has a reimbursement for a month of this period under application " + other,
                            RefusalReason.ALREADY_REIMBURSED))
                    .orElse(PolicyOutcome.allowed());
        }
    }

    /** P4: an amount must follow from the dated data; none is invented for a category without a rate in force. */
    record AmountInForce() implements AssignmentPolicy {
        @Override
        public PolicyOutcome check(AssignmentCase assignment) {
            if (assignment.amount() instanceof AmountOutcome.NotComputable none) {
                return new PolicyOutcome.Rejected("AmountInForce", none.reason(), null);
            }
            if (assignment.amount() instanceof AmountOutcome.AwaitingMrp awaiting) {
                return new PolicyOutcome.Rejected("AmountInForce", awaiting.reason(), null);
            }
            if (assignment.amount() instanceof AmountOutcome.MonthsNotCounted counted) {
                return new PolicyOutcome.Rejected("AmountInForce", counted.reason(), null);
            }
            return PolicyOutcome.allowed();
        }
    }

    /**
     * A mismatch with the registries or a declared payment in another republic needs a manual
     * decision: the officer states the grounds.
     */
    record GroundsForManualDecision() implements AssignmentPolicy {
        @Override
        public PolicyOutcome check(AssignmentCase assignment) {
            boolean manual = assignment.status() == ApplicationStatus.DATA_MISMATCH
                    || assignment.status() == ApplicationStatus.AWAITING_DECISION;
            if (manual && (assignment.grounds() == null || assignment.grounds().isBlank())) {
                return new PolicyOutcome.Rejected("GroundsForManualDecision", "the application is "
                        + assignment.status() + ": an assignment needs the officer's grounds", null);
            }
            return PolicyOutcome.allowed();
        }
    }

    /** The first rejection of the policies in force, or allowed. */
    static PolicyOutcome checkAll(AssignmentCase assignment) {
        for (AssignmentPolicy policy : IN_FORCE) {
            PolicyOutcome outcome = policy.check(assignment);
            if (outcome instanceof PolicyOutcome.Rejected) {
                return outcome;
            }
        }
        return PolicyOutcome.allowed();
    }
}

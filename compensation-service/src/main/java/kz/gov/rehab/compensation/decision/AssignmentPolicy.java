package kz.gov.rehab.compensation.decision;

import java.util.List;
import kz.gov.rehab.compensation.application.ApplicationStatus;
import kz.gov.rehab.compensation.decision.amount.AmountOutcome;

/**
 * A rule that must hold before a compensation is assigned. All policies in force are listed in
 * {@link #IN_FORCE}; the decision asks each and stops at the first rejection.
 */
public sealed interface AssignmentPolicy {

    List<AssignmentPolicy> IN_FORCE = List.of(new OnePaymentPerPerson(), new AliveWhenAssigned(),
            new BeneficiaryAliveWhenAssigned(), new OneAwardPerBeneficiaryAndMonth(), new AmountInForce(),
            new GroundsForManualDecision());

    PolicyOutcome check(AssignmentCase assignment);

    /** P3: paid once per person; a person who already holds it (assigned or paid) gets no second one. */
    record OnePaymentPerPerson() implements AssignmentPolicy {
        @Override
        public PolicyOutcome check(AssignmentCase assignment) {
            if (assignment.oncePerPerson() && assignment.holderOfCompensation().isPresent()) {
                return new PolicyOutcome.Rejected("OnePaymentPerPerson", "the person already holds this compensation"
                        + " under application " + assignment.holderOfCompensation().get(), RefusalReason.ALREADY_COMPENSATED);
            }
            return PolicyOutcome.allowed();
        }
    }

    /** A person who died before the assignment (life status in the state database of individuals) cannot be assigned. */
    record AliveWhenAssigned() implements AssignmentPolicy {
        @Override
        public PolicyOutcome check(AssignmentCase assignment) {
            if (assignment.lifeStatus() != null && !"ALIVE".equalsIgnoreCase(assignment.lifeStatus())) {
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
                    .filter(child -> child.lifeStatus() != null && !"ALIVE".equalsIgnoreCase(child.lifeStatus()))
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

package kz.gov.rehab.compensation.decision;

/** What a policy says about assigning a compensation: allowed, or rejected with a reason. */
public sealed interface PolicyOutcome {

    record Allowed() implements PolicyOutcome {
    }

    /** Rejected; {@code refusalReason} is the ground an officer would refuse on, when there is one. */
    record Rejected(String policy, String detail, RefusalReason refusalReason) implements PolicyOutcome {
    }

    static PolicyOutcome allowed() {
        return new Allowed();
    }
}

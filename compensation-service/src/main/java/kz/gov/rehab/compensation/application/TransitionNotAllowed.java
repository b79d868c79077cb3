package kz.gov.rehab.compensation.application;

import kz.gov.rehab.commons.problem.ProblemException;

/**
 * A move the state machine does not allow from the current state: answered 409
 * {@code transition-not-allowed}, naming the state. Also what a request that lost a race learns
 * (another request moved the application first).
 */
public class TransitionNotAllowed extends ProblemException {

    private final String current;
    private final String attempted;

    public TransitionNotAllowed(Enum<?> current, String attempted) {
        super(409, "transition-not-allowed", "Not allowed in the current state",
                "Cannot " + attempted + " while the application is " + current.name());
        with("currentState", current.name());
        this.current = current.name();
        this.attempted = attempted;
    }

    public String current() {
        return current;
    }

    public String attempted() {
        return attempted;
    }
}

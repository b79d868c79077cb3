package kz.gov.rehab.commons.problem;

/**
 * A move a state machine does not allow from the current state: 409 {@code transition-not-allowed}
 * naming the state in {@code currentState}. Also what a request that lost a race learns (another
 * request moved the application first).
 */
public class TransitionNotAllowed extends ProblemException {

    private final String current;

    public TransitionNotAllowed(String action, Object current) {
        super(409, "transition-not-allowed", "Not allowed in the current state",
                action + " is not allowed while the application is " + current);
        this.current = String.valueOf(current);
        with("currentState", this.current);
        withDetailArgs(this.current);
    }

    public String currentState() {
        return current;
    }
}

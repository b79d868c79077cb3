package kz.gov.rehab.commons.refusal;


/**
 * A move a state machine does not allow from the current state: a {@link StateConflict} of type
 * {@code transition-not-allowed} naming the state in {@code currentState}. Also what a request that
 * lost a race learns (another request moved the application first).
 */
public class TransitionNotAllowed extends StateConflict {

    private final String current;

    /** A move of an application. */
    public TransitionNotAllowed(String action, Object current) {
        this(action, "application", current);
    }

    /**
     * A move of {@code subject} (what the state machine is of, in words: {@code "application"},
     * {@code "payout batch"}, {@code "complaint"}), named so in the detail.
     */
    public TransitionNotAllowed(String action, String subject, Object current) {
        super("transition-not-allowed", "Not allowed in the current state",
                action + " is not allowed while the " + subject + " is " + current);
        this.current = String.valueOf(current);
        with("currentState", this.current);
        withDetailArgs(this.current);
    }

    public String currentState() {
        return current;
    }
}

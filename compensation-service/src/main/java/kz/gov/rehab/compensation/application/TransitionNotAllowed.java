package kz.gov.rehab.compensation.application;

/** A move the state machine does not allow from the current state (answered 409, naming the state). */
public class TransitionNotAllowed extends RuntimeException {

    private final String current;
    private final String attempted;

    public TransitionNotAllowed(Enum<?> current, String attempted) {
        super("cannot " + attempted + " while the state is " + current.name());
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

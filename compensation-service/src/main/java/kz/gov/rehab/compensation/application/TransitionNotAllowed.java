package kz.gov.rehab.compensation.application;

/** A move the application's state machine does not allow from its current state (409, naming it). */
public class TransitionNotAllowed extends kz.gov.rehab.commons.problem.TransitionNotAllowed {

    public TransitionNotAllowed(Enum<?> current, String attempted) {
        super(attempted, current.name());
    }
}

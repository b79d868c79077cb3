package kz.gov.rehab.certificate.application;

import kz.gov.rehab.commons.problem.ProblemException;

/** A change of status that the state machine does not allow from the current status (409, naming it). */
public class TransitionNotAllowedException extends ProblemException {

    private final ApplicationStatus current;

    public TransitionNotAllowedException(String action, ApplicationStatus current) {
        super(409, "transition-not-allowed", "Not allowed in the current state",
                action + " is not allowed while the application is " + current);
        this.current = current;
        with("currentState", current.name());
    }

    public ApplicationStatus current() {
        return current;
    }
}

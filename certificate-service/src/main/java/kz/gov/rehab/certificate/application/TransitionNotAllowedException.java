package kz.gov.rehab.certificate.application;

import kz.gov.rehab.commons.problem.TransitionNotAllowed;

/** A change of status that the state machine does not allow from the current status (409, naming it). */
public class TransitionNotAllowedException extends TransitionNotAllowed {

    private final ApplicationStatus current;

    public TransitionNotAllowedException(String action, ApplicationStatus current) {
        super(action, current);
        this.current = current;
    }

    public ApplicationStatus current() {
        return current;
    }
}

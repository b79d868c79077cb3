package kz.gov.rehab.commons.refusal;

/**
 * Not possible in the state the thing is in now: a transition its state machine does not allow
 * ({@code commons.refusal.TransitionNotAllowed}), a version the client saw that is no longer the
 * current one ({@code commons.concurrency.VersionMismatch}), something already entered or settled.
 */
public class StateConflict extends Refusal {

    public StateConflict(String type, String title, String detail) {
        super(type, title, detail);
    }
}

package kz.gov.rehab.commons.refusal;

/**
 * A state conflict of one kind: the version the client saw is no longer the current one (someone
 * changed the thing meanwhile). The edge answers it as the failed precondition it is.
 */
public abstract class StaleVersion extends StateConflict {

    protected StaleVersion(String type, String title, String detail) {
        super(type, title, detail);
    }
}

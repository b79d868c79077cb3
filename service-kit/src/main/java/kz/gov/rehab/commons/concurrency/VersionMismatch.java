package kz.gov.rehab.commons.concurrency;

import kz.gov.rehab.commons.refusal.StaleVersion;

/**
 * {@code version-mismatch}: the version the client saw (its {@code If-Match}) is one the resource has
 * left (someone changed it meanwhile). The refusal names the current version and state; the client
 * reads the resource again and decides anew. A {@link StaleVersion}: the edge answers 412, as the
 * failed precondition it is.
 */
public class VersionMismatch extends StaleVersion {

    public VersionMismatch(String resource, long current, long expected, Object currentState) {
        super("version-mismatch", "The resource has changed",
                "If-Match names version " + expected + " but the " + resource + " is at version " + current
                        + (currentState == null ? "" : " (" + currentState + ")") + "; read it again");
        with("currentVersion", current);
        if (currentState != null) {
            with("currentState", String.valueOf(currentState));
        }
    }

    /**
     * Refuses the change when the client sent a version ({@link IfMatch#version}) that is not the
     * current one; does nothing without one.
     *
     * @param resource what the version is of, in words, e.g. {@code "application"}, {@code "payout batch"}
     */
    public static void check(String resource, long current, Long expected, Object currentState) {
        if (expected != null && expected != current) {
            throw new VersionMismatch(resource, current, expected, currentState);
        }
    }
}

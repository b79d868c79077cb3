package kz.gov.rehab.certificate.queue;

import kz.gov.rehab.commons.problem.ProblemException;

/** A branch number with no schedule on record (404). */
public class UnknownBranchException extends ProblemException {

    public UnknownBranchException(String branch) {
        super(404, "unknown-branch", "Unknown branch", "No State Corporation branch " + branch + " is on record");
    }
}

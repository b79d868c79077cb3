package kz.gov.rehab.certificate.queue;

import kz.gov.rehab.commons.refusal.NotFound;


/** A branch number with no schedule on record (not found). */
public class UnknownBranchException extends NotFound {

    public UnknownBranchException(String branch) {
        super("unknown-branch", "Unknown branch", "No State Corporation branch " + branch + " is on record");
    }
}

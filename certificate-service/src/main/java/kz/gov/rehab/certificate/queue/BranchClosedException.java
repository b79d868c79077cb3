package kz.gov.rehab.certificate.queue;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import kz.gov.rehab.commons.refusal.RuleBroken;

/** Standard item 9: the branch does not receive people at this time (a rule broken, with when it opens next). */
public class BranchClosedException extends RuleBroken {

    public BranchClosedException(String branch, OffsetDateTime at, OpeningHours next, OffsetDateTime nextOpening) {
        super("branch-closed", "The branch is closed",
                "Branch " + branch + " does not receive people at " + DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(at) + " (standard item 9)"
                        + (next == null ? "" : "; it opens next on " + next.day() + " " + next.opens() + "–" + next.closes()));
        with("branch", branch);
        if (next != null) {
            with("nextOpening", DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(nextOpening));
            with("openingHours", next.day() + " " + next.opens() + "-" + next.closes());
            with("basis", next.basis());
        }
    }
}

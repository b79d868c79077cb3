package kz.gov.rehab.compensation.payout;

import kz.gov.rehab.commons.state.Transitions;

/** States of a payout batch: gathered by one user, approved by another, sent, settled by the bank's answers. */
public enum BatchStatus {
    ASSEMBLED, APPROVED, SENT, SETTLED;

    /** The state machine; SETTLED is final. */
    public static final Transitions<BatchStatus> MOVES = Transitions.of(BatchStatus.class, "payout batch")
            .from(ASSEMBLED).to(APPROVED)
            .from(APPROVED).to(SENT)
            .from(SENT).to(SETTLED)
            .build();
}

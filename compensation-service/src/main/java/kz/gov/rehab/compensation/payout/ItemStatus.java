package kz.gov.rehab.compensation.payout;

import kz.gov.rehab.commons.state.Transitions;

/** States of one payment in a batch. PAID and FAILED are the bank's answer and final for the item. */
public enum ItemStatus {
    INCLUDED, SENT, PAID, FAILED;

    /** The state machine: sent with its batch, then paid or failed by the bank's answer. */
    public static final Transitions<ItemStatus> MOVES = Transitions.of(ItemStatus.class, "payment")
            .from(INCLUDED).to(SENT)
            .from(SENT).to(PAID)
            .from(SENT).to(FAILED)
            .build();
}

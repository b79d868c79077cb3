package kz.gov.rehab.compensation.payout;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/** States of a payout batch: gathered by one user, approved by another, sent, settled by the bank's answers. */
public enum BatchStatus {
    ASSEMBLED, APPROVED, SENT, SETTLED;

    private static final Map<BatchStatus, Set<BatchStatus>> MOVES = Map.of(
            ASSEMBLED, EnumSet.of(APPROVED),
            APPROVED, EnumSet.of(SENT),
            SENT, EnumSet.of(SETTLED),
            SETTLED, EnumSet.noneOf(BatchStatus.class));

    public boolean canMoveTo(BatchStatus next) {
        return MOVES.get(this).contains(next);
    }
}

package kz.gov.rehab.compensation.application;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The states of a compensation application and the moves between them (diagram in
 * docs/compensation-service.md). Every move is checked here; a move not listed is refused with the
 * current state named.
 */
public enum ApplicationStatus {

    /** Accepted from the specialist; the registries are being asked (P1, P2). */
    SUBMITTED,
    /** The registries confirm the form; ready for the officer's decision. */
    DATA_CHECKED,
    /** The form differs from the registries in the fields listed; the officer decides with grounds. */
    DATA_MISMATCH,
    /** A manual decision is needed (payment in another republic declared, or no rate in force). */
    AWAITING_DECISION,
    /**
     * Filed on a date whose budget period has no confirmed MRP yet (DOMAIN.md §4): no amount until an
     * operator enters the MRP and a second one confirms it; then the application goes on as filed.
     */
    AWAITING_MRP,
    /** The compensation is assigned with its amount; waits for a payout batch. */
    ASSIGNED,
    /** Refused with a reason from {@link kz.gov.rehab.compensation.decision.RefusalReason}. Final. */
    REFUSED,
    /** In a payout batch on its way to the bank. */
    IN_PAYOUT,
    /** The bank paid the compensation. Final. */
    PAID,
    /** The bank could not pay it; re-issued after the account is corrected. */
    PAYMENT_FAILED;

    private static final Map<ApplicationStatus, Set<ApplicationStatus>> MOVES = Map.of(
            SUBMITTED, EnumSet.of(DATA_CHECKED, DATA_MISMATCH, AWAITING_DECISION, AWAITING_MRP, REFUSED),
            AWAITING_MRP, EnumSet.of(DATA_CHECKED, DATA_MISMATCH, AWAITING_DECISION, REFUSED),
            DATA_CHECKED, EnumSet.of(ASSIGNED, REFUSED, AWAITING_DECISION),
            DATA_MISMATCH, EnumSet.of(ASSIGNED, REFUSED, AWAITING_DECISION),
            AWAITING_DECISION, EnumSet.of(ASSIGNED, REFUSED),
            ASSIGNED, EnumSet.of(IN_PAYOUT),
            REFUSED, EnumSet.noneOf(ApplicationStatus.class),
            IN_PAYOUT, EnumSet.of(PAID, PAYMENT_FAILED),
            PAID, EnumSet.noneOf(ApplicationStatus.class),
            PAYMENT_FAILED, EnumSet.of(ASSIGNED));

    /** States in which a person holds the one-time compensation (P3; the database index lists the same). */
    public static final Set<ApplicationStatus> HOLDS_COMPENSATION = EnumSet.of(ASSIGNED, IN_PAYOUT, PAYMENT_FAILED, PAID);

    /** States in which the officer may still decide. */
    public static final Set<ApplicationStatus> AWAITS_DECISION = EnumSet.of(DATA_CHECKED, DATA_MISMATCH, AWAITING_DECISION);

    public boolean canMoveTo(ApplicationStatus next) {
        return MOVES.get(this).contains(next);
    }
}

package kz.gov.rehab.compensation.application;

import java.util.EnumSet;
import java.util.Set;
import kz.gov.rehab.commons.state.Transitions;

/**
 * The states of a compensation application and the moves between them (diagram in
 * docs/compensation-service.md). Every move is checked by {@link #MOVES}; a move not listed is refused with the
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
     * Filed on a date whose budget period has no confirmed MRP yet (docs/law.md §4): no amount until an
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

    /** The state machine; REFUSED and PAID are final. */
    public static final Transitions<ApplicationStatus> MOVES = Transitions.of(ApplicationStatus.class, "application")
            .from(SUBMITTED).to(AWAITING_MRP)
            .from(SUBMITTED, AWAITING_MRP).to(DATA_CHECKED)
            .from(SUBMITTED, AWAITING_MRP).to(DATA_MISMATCH)
            .from(SUBMITTED, AWAITING_MRP, DATA_CHECKED, DATA_MISMATCH).to(AWAITING_DECISION)
            .from(SUBMITTED, AWAITING_MRP, DATA_CHECKED, DATA_MISMATCH, AWAITING_DECISION).to(REFUSED)
            .from(DATA_CHECKED, DATA_MISMATCH, AWAITING_DECISION, PAYMENT_FAILED).to(ASSIGNED)
            .from(ASSIGNED).to(IN_PAYOUT)
            .from(IN_PAYOUT).to(PAID)
            .from(IN_PAYOUT).to(PAYMENT_FAILED)
            .build();

    /** States in which a person holds the one-time compensation (P3; the database index lists the same). */
    public static final Set<ApplicationStatus> HOLDS_COMPENSATION = EnumSet.of(ASSIGNED, IN_PAYOUT, PAYMENT_FAILED, PAID);

    /** States in which the officer may still decide. */
    public static final Set<ApplicationStatus> AWAITS_DECISION = EnumSet.of(DATA_CHECKED, DATA_MISMATCH, AWAITING_DECISION);
}

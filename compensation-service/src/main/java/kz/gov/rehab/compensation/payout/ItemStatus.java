package kz.gov.rehab.compensation.payout;

/** States of one payment in a batch. PAID and FAILED are the bank's answer and final for the item. */
public enum ItemStatus {
    INCLUDED, SENT, PAID, FAILED
}

package kz.gov.rehab.certificate.queue;

/** Standard item 9: an ordinary branch of the State Corporation, or a duty department. */
public enum BranchKind {
    /** Monday to Friday 9:00–18:00 without a lunch break. */
    ORDINARY,
    /** 9:00–20:00, and Saturday 9:00–13:00. */
    DUTY
}

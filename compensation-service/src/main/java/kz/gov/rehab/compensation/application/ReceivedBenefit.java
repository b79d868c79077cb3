package kz.gov.rehab.compensation.application;

/** What the applicant receives, as underlined on the Appendix 1 form (P1); any combination. */
public enum ReceivedBenefit {
    PENSION,
    STATE_SOCIAL_BENEFIT_DISABILITY,
    STATE_SOCIAL_BENEFIT_LOSS_OF_BREADWINNER,
    STATE_SPECIAL_BENEFIT,
    SPECIAL_STATE_BENEFIT
}

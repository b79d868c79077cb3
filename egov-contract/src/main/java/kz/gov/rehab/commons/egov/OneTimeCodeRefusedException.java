package kz.gov.rehab.commons.egov;

import kz.gov.rehab.commons.refusal.RuleBroken;

/**
 * The digital documents service refused the one-time code: wrong, expired or already used. The
 * applicant has to show a new code (a {@link RuleBroken}, answered 422).
 */
public class OneTimeCodeRefusedException extends RuleBroken {

    public OneTimeCodeRefusedException() {
        super("one-time-code-refused", "One-time code refused",
                "The one-time code is wrong, expired or already used; ask the applicant for a new code.");
    }
}

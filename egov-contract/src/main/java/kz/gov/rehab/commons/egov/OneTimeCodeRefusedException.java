package kz.gov.rehab.commons.egov;

import kz.gov.rehab.commons.problem.ProblemException;

/**
 * The digital documents service refused the one-time code: wrong, expired or already used. The
 * applicant has to show a new code; answered {@code 422 application/problem+json}.
 */
public class OneTimeCodeRefusedException extends ProblemException {

    public OneTimeCodeRefusedException() {
        super(422, "one-time-code-refused", "One-time code refused",
                "The one-time code is wrong, expired or already used; ask the applicant for a new code.");
    }
}

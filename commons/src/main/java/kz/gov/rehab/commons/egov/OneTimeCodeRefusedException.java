package kz.gov.rehab.commons.egov;

/**
 * The digital documents service refused the one-time code: wrong, expired or already used. The
 * applicant has to show a new code; mapped to {@code 422 application/problem+json}.
 */
public class OneTimeCodeRefusedException extends RuntimeException {

    public OneTimeCodeRefusedException() {
        super("The one-time code is wrong, expired or already used; ask the applicant for a new code");
    }
}

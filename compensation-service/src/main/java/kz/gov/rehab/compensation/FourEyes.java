package kz.gov.rehab.compensation;

import kz.gov.rehab.commons.refusal.NotPermitted;


/**
 * The four-eyes rule of the paying organisation: what one user prepares (a payout batch, an MRP
 * entered from a budget law) takes effect only when another user of the same role confirms it.
 */
public final class FourEyes {

    private FourEyes() {
    }

    /** Refuses ({@code four-eyes}, not permitted) when the checker is the maker. */
    public static void requireAnotherUser(String maker, String checker, String what) {
        if (maker.equals(checker)) {
            throw refusal(checker, what);
        }
    }

    /** Refuses ({@code four-eyes}, not permitted) when the checker is the maker, naming the state of what awaits confirmation. */
    public static void requireAnotherUser(String maker, String checker, String what, Enum<?> currentState) {
        if (maker.equals(checker)) {
            throw refusal(checker, what).with("currentState", currentState.name());
        }
    }

    private static NotPermitted refusal(String checker, String what) {
        return new NotPermitted("four-eyes", "The maker cannot confirm their own entry",
                what + " was prepared by " + checker + "; another user must confirm it");
    }
}

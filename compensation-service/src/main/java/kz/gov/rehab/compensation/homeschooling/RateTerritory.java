package kz.gov.rehab.compensation.homeschooling;

import java.util.ArrayList;
import java.util.List;

/**
 * Whose rate applies to a home-schooling reimbursement (docs/law.md §3): the reimbursement is set by
 * the maslikhat of the territory, by decision, as dated data ({@code home_schooling_rate}). The rate
 * of the child's district (or city of regional significance) applies where its maslikhat decided
 * one; otherwise the rate of the region (or city of republican significance). A territory with no
 * rate in force gets no amount: none is invented, and the application waits for a decision.
 *
 * <p>The territory travels in the rate category as {@code CHILD_WITH_DISABILITY@<KATO code>}: the
 * KATO code of the child's registered settlement (or, without one, of the region the award is
 * reported in). KATO codes are 2 digits of region, 2 of district, then lower units, so the district
 * and region of a settlement are its first 4 and 2 digits.
 */
public final class RateTerritory {

    /** The category of the programme's rates. */
    public static final String BASE_CATEGORY = HomeSchoolingCase.RATE_CATEGORY;
    private static final String SEPARATOR = "@";
    /** The category of an application whose territory is not known: no rate is ever entered for it. */
    public static final String UNKNOWN_TERRITORY = BASE_CATEGORY + SEPARATOR + "unknown-territory";

    private RateTerritory() {
    }

    /** The rate category of a territory's own rate row. */
    public static String category(String territoryKato) {
        return BASE_CATEGORY + SEPARATOR + territoryKato.trim();
    }

    /** The rate category of an application from the KATO code of the child's settlement or region; unknown without one. */
    public static String categoryOf(String katoCode) {
        return katoCode == null || !katoCode.trim().matches("\\d{9}") ? UNKNOWN_TERRITORY : category(katoCode);
    }

    /**
     * The rate categories to try, most specific first: the district of the settlement, then its
     * region. A category that names no territory is tried as it is.
     */
    public static List<String> lookupOrder(String category) {
        int at = category.indexOf(SEPARATOR);
        if (at < 0 || !category.startsWith(BASE_CATEGORY + SEPARATOR)) {
            return List.of(category);
        }
        String kato = category.substring(at + 1);
        if (!kato.matches("\\d{9}")) {
            return List.of(category);
        }
        List<String> order = new ArrayList<>();
        String district = kato.substring(0, 4) + "00000";
        String region = kato.substring(0, 2) + "0000000";
        if (!district.equals(region)) {
            order.add(category(district));
        }
        order.add(category(region));
        return order;
    }
}

package kz.gov.rehab.gateway.registry;

/** The named fixtures of docs/registry-fixtures.md (migration V4). */
public final class Fixtures {

    public static final String NO_PATRONYMIC = "350412399000";
    public static final String EXPIRED_ID_CARD = "380922499015";
    public static final String DECEASED = "310105399024";
    public static final String NO_ADDRESS = "400318499038";
    public static final String REPRESENTATIVE = "720614399047";
    public static final String CERTIFICATE_HOLDER = "361130499059";
    public static final String MONTHS_24 = "330707399060";
    public static final String MONTHS_200 = "290214399070";
    public static final String SUFFERED_CHILD = "410520499088";
    public static final String NO_REHABILITATION_RECORD = "450803499093";
    public static final String DISTRICT_RESIDENT = "390101399106";
    public static final String SHYMKENT_RESIDENT = "370909499111";
    /** Valid check digit, but nobody in the registries has it. */
    public static final String UNKNOWN = "791028302728";

    private Fixtures() {
    }
}

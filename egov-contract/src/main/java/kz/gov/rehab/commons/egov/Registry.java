package kz.gov.rehab.commons.egov;

/** The simulated state systems behind the digital-government gateway, with their path segment. */
public enum Registry {
    PERSONS("persons", "state database of individuals"),
    ADDRESSES("addresses", "address register"),
    DIGITAL_DOCUMENTS("digital-documents", "digital documents service"),
    REHABILITATION_RECORDS("rehabilitation-records", "register of rehabilitation references"),
    COMPENSATION_PAYMENTS("compensation-payments", "register of one-time compensation payments");

    private final String path;
    private final String title;

    Registry(String path, String title) {
        this.path = path;
        this.title = title;
    }

    public String path() {
        return path;
    }

    public String title() {
        return title;
    }

    public static Registry fromPath(String path) {
        for (Registry registry : values()) {
            if (registry.path.equals(path)) {
                return registry;
            }
        }
        throw new IllegalArgumentException("unknown registry: " + path);
    }
}

package kz.gov.rehab.gateway.registry;

/** Development keys configured in application.properties (docs/gateway.md). */
public final class ApiKeys {

    public static final String CERTIFICATE_SERVICE = "dev-key-certificate-service";
    public static final String COMPENSATION_SERVICE = "dev-key-compensation-service";
    public static final String AUDITOR = "dev-key-auditor";
    public static final String REGISTRY_ADMIN = "dev-key-registry-admin";
    public static final String STATE_CORPORATION = "dev-key-state-corporation";
    /** The State Corporation's second key in the test profile (rotation). */
    public static final String STATE_CORPORATION_NEXT = "dev-key-state-corporation-next";
    public static final String AKIMAT_ASTANA = "dev-key-akimat-astana";
    public static final String EGOV_PORTAL = "dev-key-egov-portal";
    /** The Labour Resources Development Centre (role ministry-report-submitter). */
    public static final String LABOUR_RESOURCES_CENTRE = "dev-key-labour-resources-centre";
    /** The Ministry's officers (role ministry-officer). */
    public static final String MINISTRY = "dev-key-ministry";

    private ApiKeys() {
    }
}

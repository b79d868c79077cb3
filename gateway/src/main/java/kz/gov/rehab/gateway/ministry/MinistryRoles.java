package kz.gov.rehab.gateway.ministry;

/** Roles of the callers of the Ministry's reception (docs/gateway.md). */
public final class MinistryRoles {

    /** The Labour Resources Development Centre's system, which submits the reports (R1, R3). */
    public static final String SUBMITTER = "ministry-report-submitter";
    /** The Ministry's own staff, who read what was received. */
    public static final String OFFICER = "ministry-officer";

    private MinistryRoles() {
    }
}

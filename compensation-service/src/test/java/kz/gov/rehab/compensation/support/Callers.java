package kz.gov.rehab.compensation.support;

import kz.gov.rehab.commons.testing.GatewayTokens;

/** Bearer tokens of the callers, as the gateway forwards them (a fresh 60-second token per call). */
public final class Callers {

    /** Organisation code of the accepting officer's subdivision. */
    public static final String SUBDIVISION = "710000000";

    private Callers() {
    }

    public static String officer() {
        return GatewayTokens.bearer("officer-astana-1", SUBDIVISION, "compensation-officer");
    }

    public static String paymentOperator(String user) {
        return GatewayTokens.bearer(user, SUBDIVISION, "payment-operator");
    }

    public static String egovPortal() {
        return GatewayTokens.bearer("egov-portal", null, "egov-portal");
    }

    /** The Labour Resources Development Centre's system: compiles and submits the quarterly report. */
    public static String centre() {
        return GatewayTokens.bearer("labour-resources-centre", null, "ministry-report-submitter");
    }

    public static String auditor() {
        return GatewayTokens.bearer("auditor-1", null, "auditor");
    }
}

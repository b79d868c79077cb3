package kz.gov.rehab.certificate.application;

/** The only two grounds on which the provider refuses (service standard item 11). */
public enum RefusalGround {
    /** Item 11.1: the documents or the data submitted are found unreliable (e.g. the reference does not match the register). */
    UNRELIABLE_DOCUMENTS_OR_DATA("item 11 subitem 1"),
    /** Item 11.2: the applicant or the documents do not meet the requirements of item 10. */
    NON_COMPLIANCE_WITH_ITEM_10("item 11 subitem 2");

    private final String legalBasis;

    RefusalGround(String legalBasis) {
        this.legalBasis = legalBasis;
    }

    public String legalBasis() {
        return legalBasis;
    }
}

package kz.gov.rehab.gateway.ministry;

import java.util.Arrays;
import java.util.Optional;

/** The administrative-data forms the Ministry receives. */
public enum ReportForm {

    /**
     * "Report on the assignment and payment of reimbursement of expenses for home schooling of
     * children with disabilities", compiled by the Labour Resources Development Centre quarterly
     * (Order No. 28 of 19 Jan 2016 as amended; docs/law.md §3 R1).
     */
    HOME_SCHOOLING_REIMBURSEMENT;

    static Optional<ReportForm> parse(String text) {
        return Arrays.stream(values()).filter(form -> form.name().equals(text)).findFirst();
    }

    static String names() {
        return String.join(", ", Arrays.stream(values()).map(Enum::name).toList());
    }
}

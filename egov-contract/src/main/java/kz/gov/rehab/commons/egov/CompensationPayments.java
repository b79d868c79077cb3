package kz.gov.rehab.commons.egov;

import java.util.List;

/** All one-time compensation payments recorded for one IIN. */
public record CompensationPayments(String iin, List<CompensationPayment> payments) {

    public CompensationPayments {
        payments = payments == null ? List.of() : List.copyOf(payments);
    }
}

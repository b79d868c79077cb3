package kz.gov.rehab.commons.egov;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A one-time compensation to a victim of political repressions as paid and recorded in the register
 * of payments (P3): when, how much, by whom and under which decision. Payments made before this
 * system existed are there too.
 */
public record CompensationPayment(LocalDate paidOn, BigDecimal amountKzt, String payer, String decisionReference) {
}

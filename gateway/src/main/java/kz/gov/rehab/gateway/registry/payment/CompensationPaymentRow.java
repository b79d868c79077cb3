package kz.gov.rehab.gateway.registry.payment;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import kz.gov.rehab.commons.egov.CompensationPayment;

/** A one-time compensation payment in the register of payments. */
@Entity
@Table(name = "compensation_payment")
public class CompensationPaymentRow extends PanacheEntityBase {

    @Id
    public Long id;

    public String iin;

    @Column(name = "paid_on")
    public LocalDate paidOn;

    @Column(name = "amount_kzt")
    public BigDecimal amountKzt;

    public String payer;

    @Column(name = "decision_reference")
    public String decisionReference;

    /** The payments recorded for a person, the earliest first. */
    public static List<CompensationPaymentRow> ofPerson(String iin) {
        return list("iin = ?1 order by paidOn", iin);
    }

    public CompensationPayment toPayment() {
        return new CompensationPayment(paidOn, amountKzt, payer, decisionReference);
    }
}

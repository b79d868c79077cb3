package kz.gov.rehab.gateway.registry.payment;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import kz.gov.rehab.commons.egov.CompensationPayment;

/** A one-time compensation payment in the register of payments. */
@Entity
@Table(name = "compensation_payment")
@NamedQuery(name = CompensationPaymentRow.OF_PERSON, query = "from CompensationPaymentRow where iin = ?1 order by paidOn")
public class CompensationPaymentRow extends PanacheEntityBase {

    /** Named, so that it is parsed when Hibernate starts (as {@code Person.withDocuments}). */
    static final String OF_PERSON = "CompensationPaymentRow.ofPerson";

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

    /** The person's payments, oldest first. */
    public static List<CompensationPaymentRow> ofPerson(String iin) {
        return list("#" + OF_PERSON, iin);
    }

    public CompensationPayment toPayment() {
        return new CompensationPayment(paidOn, amountKzt, payer, decisionReference);
    }
}

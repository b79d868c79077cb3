package kz.gov.rehab.compensation.payout;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import kz.gov.rehab.commons.person.Iin;
import kz.gov.rehab.compensation.programme.PayoutProgramme;

/** One payment of a batch: who is paid, to which account, how much, and what the bank answered. */
@Entity
@Table(name = "payout_item")
public class PayoutItem extends PanacheEntityBase {

    @Id
    public UUID id;
    @Column(name = "batch_id")
    public UUID batchId;
    @Column(name = "application_id")
    public UUID applicationId;
    @Enumerated(EnumType.STRING)
    public PayoutProgramme programme;
    public Iin iin;
    /** The ISO 20022 end-to-end id the bank answers with: application number and attempt. */
    @Column(name = "end_to_end_id")
    public String endToEndId;
    @Column(name = "creditor_name")
    public String creditorName;
    public String iban;
    @Column(name = "bank_bic")
    public String bankBic;
    @Column(name = "amount_kzt")
    public BigDecimal amountKzt;
    @Enumerated(EnumType.STRING)
    public ItemStatus status;
    @Column(name = "failure_reason")
    public String failureReason;
    @Column(name = "settled_at")
    public Instant settledAt;
    /** The month of the instalment paid (first day), for a periodic programme; {@code null} for a one-time award. */
    @Column(name = "period_month")
    public java.time.LocalDate periodMonth;
    @Version
    public long version;

    /** Moves to {@code next} if the payment's state machine allows it, or throws naming the current state. */
    public void moveTo(ItemStatus next, String action) {
        status = ItemStatus.MOVES.move(status, next, action);
    }

    /** Non-personal event details of a stage of this payment: the instalment's month, when it is one. */
    public java.util.Map<String, Object> eventDetails() {
        return periodMonth == null ? java.util.Map.of()
                : java.util.Map.of("periodMonth", java.time.YearMonth.from(periodMonth).toString());
    }
}

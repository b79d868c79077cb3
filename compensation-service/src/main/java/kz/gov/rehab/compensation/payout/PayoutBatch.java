package kz.gov.rehab.compensation.payout;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import kz.gov.rehab.compensation.programme.PayoutProgramme;

/** A payout batch of one programme: assigned compensations sent to the bank together (maker/checker). */
@Entity
@Table(name = "payout_batch")
public class PayoutBatch extends PanacheEntityBase {

    @Id
    public UUID id;
    public String number;
    @Enumerated(EnumType.STRING)
    public PayoutProgramme programme;
    @Enumerated(EnumType.STRING)
    public BatchStatus status;
    @Column(name = "item_count")
    public int itemCount;
    @Column(name = "total_kzt")
    public BigDecimal totalKzt;
    @Column(name = "created_by")
    public String createdBy;
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "approved_by")
    public String approvedBy;
    @Column(name = "approved_at")
    public Instant approvedAt;
    @Column(name = "sent_at")
    public Instant sentAt;
    @Column(name = "settled_at")
    public Instant settledAt;
    @Version
    public long version;

    public void moveTo(BatchStatus next, String action) {
        if (!BatchStatus.MOVES.canMove(status, next)) {
            throw BatchStatus.MOVES.refusal(action, status).with("batch", number);
        }
        status = next;
    }

    /** The batches, of one status when given, newest first (by creation, then number: unique, so pages never overlap). */
    public static PanacheQuery<PayoutBatch> newestFirst(BatchStatus status) {
        return status == null ? find("order by createdAt desc, number desc")
                : find("status = ?1 order by createdAt desc, number desc", status);
    }

    public List<PayoutItem> items() {
        return PayoutItem.list("batchId = ?1 order by endToEndId", id);
    }
}

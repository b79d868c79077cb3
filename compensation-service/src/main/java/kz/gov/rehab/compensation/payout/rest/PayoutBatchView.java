package kz.gov.rehab.compensation.payout.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import kz.gov.rehab.commons.money.Money;
import kz.gov.rehab.compensation.payout.BatchStatus;
import kz.gov.rehab.compensation.payout.ItemStatus;
import kz.gov.rehab.compensation.payout.PayoutBatch;
import kz.gov.rehab.compensation.payout.PayoutItem;
import kz.gov.rehab.compensation.programme.PayoutProgramme;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "PayoutBatch")
public record PayoutBatchView(UUID id, String number, PayoutProgramme programme, BatchStatus status, long version,
        int itemCount, Money total, String createdBy, Instant createdAt, String approvedBy, Instant approvedAt,
        Instant sentAt, Instant settledAt,
        @JsonInclude(JsonInclude.Include.NON_NULL) @Schema(description = "The payments; absent in a list of batches") List<Item> items) {

    @Schema(name = "PayoutItem")
    public record Item(UUID id, UUID applicationId, String endToEndId, java.time.YearMonth periodMonth, String iban,
            String bankBic, Money amount, ItemStatus status, String failureReason, Instant settledAt) {
    }

    public static PayoutBatchView of(PayoutBatch batch) {
        return of(batch, batch.items().stream().map(PayoutBatchView::item).toList());
    }

    /** The batch without its items, as a list of batches shows it. */
    public static PayoutBatchView summary(PayoutBatch batch) {
        return of(batch, null);
    }

    private static PayoutBatchView of(PayoutBatch batch, List<Item> items) {
        return new PayoutBatchView(batch.id, batch.number, batch.programme, batch.status, batch.version, batch.itemCount,
                Money.kzt(batch.totalKzt), batch.createdBy, batch.createdAt, batch.approvedBy, batch.approvedAt, batch.sentAt,
                batch.settledAt, items);
    }

    static Item item(PayoutItem item) {
        return new Item(item.id, item.applicationId, item.endToEndId,
                item.periodMonth == null ? null : java.time.YearMonth.from(item.periodMonth), item.iban, item.bankBic, Money.kzt(item.amountKzt), item.status,
                item.failureReason, item.settledAt);
    }
}

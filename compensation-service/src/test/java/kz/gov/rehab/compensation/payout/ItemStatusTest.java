package kz.gov.rehab.compensation.payout;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** One payment of a batch: sent with its batch, then settled once by the bank's answer. */
class ItemStatusTest {

    @Test
    void aPaymentIsSettledOnlyAfterItWasSent() {
        assertThat(ItemStatus.MOVES.nextFrom(ItemStatus.INCLUDED)).containsExactly(ItemStatus.SENT);
        assertThat(ItemStatus.MOVES.nextFrom(ItemStatus.SENT)).containsExactlyInAnyOrder(ItemStatus.PAID, ItemStatus.FAILED);
    }

    @Test
    void aPaidOrFailedPaymentIsFinal_aFailedOneIsReissuedInAnotherBatch() {
        assertThat(ItemStatus.MOVES.nextFrom(ItemStatus.PAID)).isEmpty();
        assertThat(ItemStatus.MOVES.nextFrom(ItemStatus.FAILED)).isEmpty();
    }
}

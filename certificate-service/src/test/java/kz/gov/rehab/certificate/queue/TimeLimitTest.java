package kz.gov.rehab.certificate.queue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The limits of standard item 5 as rules, and the summary's percentiles, without infrastructure. */
class TimeLimitTest {

    @Test
    void waitOver15MinutesIsABreach_item5_2() {
        assertTrue(TimeLimit.WAIT.breachedBy(Duration.ofMinutes(16), 15).isPresent());
        assertTrue(TimeLimit.WAIT.breachedBy(Duration.ofMinutes(15).plusSeconds(1), 15).isPresent());
    }

    @Test
    void waitOfExactly15MinutesIsNoBreach_item5_2() {
        assertTrue(TimeLimit.WAIT.breachedBy(Duration.ofMinutes(15), 15).isEmpty());
    }

    @Test
    void serviceOver20MinutesIsABreach_item5_3() {
        assertTrue(TimeLimit.SERVICE.breachedBy(Duration.ofMinutes(21), 20).isPresent());
        assertTrue(TimeLimit.SERVICE.breachedBy(Duration.ofMinutes(20), 20).isEmpty());
        assertEquals("queue.service-limit-exceeded", TimeLimit.SERVICE.eventType());
    }

    @Test
    void summaryPercentilesAreNearestRank_items5_2_5_3() {
        List<Long> waits = List.of(60L, 120L, 180L, 240L, 960L);
        assertEquals(180L, DailySummary.percentile(waits, 50));
        assertEquals(960L, DailySummary.percentile(waits, 95));
        assertEquals(60L, DailySummary.percentile(List.of(60L), 95));
        assertNull(DailySummary.percentile(List.of(), 50));
    }
}

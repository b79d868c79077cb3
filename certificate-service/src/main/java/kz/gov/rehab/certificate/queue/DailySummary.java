package kz.gov.rehab.certificate.queue;

import java.time.LocalDate;
import java.util.List;

/**
 * One branch's day for the quality authority (items 5.2 and 5.3): tickets that joined the queue,
 * were called and were served; median and 95th percentile (nearest rank) of the wait and of the
 * service in seconds; and the breaches of each limit.
 */
public record DailySummary(
        String branch,
        LocalDate date,
        int tickets,
        int called,
        int served,
        Long waitMedianSeconds,
        Long waitP95Seconds,
        Long serviceMedianSeconds,
        Long serviceP95Seconds,
        int waitBreaches,
        int serviceBreaches,
        int maxWaitMinutes,
        int maxServiceMinutes) {

    /** Nearest-rank percentile of sorted values; {@code null} for none. */
    static Long percentile(List<Long> sorted, int percent) {
        if (sorted.isEmpty()) {
            return null;
        }
        int rank = (int) Math.ceil(percent / 100.0 * sorted.size());
        return sorted.get(Math.max(rank, 1) - 1);
    }
}

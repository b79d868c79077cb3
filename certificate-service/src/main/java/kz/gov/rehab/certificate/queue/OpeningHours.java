package kz.gov.rehab.certificate.queue;

import java.time.LocalDate;
import java.time.LocalTime;

/** When a branch receives people on one day, and why (the standard's item 9 or the branch's own exception). */
public record OpeningHours(LocalDate day, LocalTime opens, LocalTime closes, String basis) {

    public boolean covers(LocalTime time) {
        return !time.isBefore(opens) && time.isBefore(closes);
    }
}

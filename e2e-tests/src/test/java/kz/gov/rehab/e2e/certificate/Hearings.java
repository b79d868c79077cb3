package kz.gov.rehab.e2e.certificate;

import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;

/**
 * Times of a hearing held during the test: a hearing cannot start before the notice (para 12), and
 * a hearing record cannot be dated in the future, so the test holds it "now" in the service's zone.
 */
final class Hearings {

    private static final ZoneId ALMATY = ZoneId.of("Asia/Almaty");

    private Hearings() {
    }

    /** A hearing scheduled a few minutes from now. */
    static LocalDateTime soon() {
        return LocalDateTime.now(ALMATY).plusMinutes(5).withSecond(0).withNano(0);
    }

    /** The end of a hearing lasting {@code minutes} from {@code start}, on the same day (a record cannot end before it starts). */
    static LocalTime endingAfter(LocalTime start, int minutes) {
        LocalTime end = start.plusMinutes(minutes);
        LocalTime lastMinute = LocalTime.of(23, 59);
        return end.isAfter(start) ? end : lastMinute.isAfter(start) ? lastMinute : start;
    }

    /** The start of a hearing recorded right after its notice: the next minute. */
    static LocalTime startingNow() {
        return LocalTime.now(ALMATY).plusMinutes(1).withSecond(0).withNano(0);
    }
}

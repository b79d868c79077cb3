package kz.gov.rehab.certificate.support;

import java.time.LocalTime;

/** Times of a hearing held during a test, which runs at whatever hour of the day it runs. */
public final class HearingTimes {

    private static final LocalTime LAST_MINUTE = LocalTime.of(23, 59);

    private HearingTimes() {
    }

    /** The end of a hearing lasting {@code minutes} from {@code start}, on the same day (a record cannot end before it starts). */
    public static LocalTime endingAfter(LocalTime start, int minutes) {
        LocalTime end = start.plusMinutes(minutes);
        return end.isAfter(start) ? end : LAST_MINUTE.isAfter(start) ? LAST_MINUTE : start;
    }
}

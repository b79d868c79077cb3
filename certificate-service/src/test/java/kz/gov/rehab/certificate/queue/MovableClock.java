package kz.gov.rehab.certificate.queue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;

/** A clock the test moves by hand: the minutes of a queue pass in no time. */
public final class MovableClock extends Clock {

    private final ZoneId zone;
    private volatile Instant now;

    public MovableClock(OffsetDateTime start, ZoneId zone) {
        this.now = start.toInstant();
        this.zone = zone;
    }

    public void set(OffsetDateTime at) {
        now = at.toInstant();
    }

    public void advance(Duration by) {
        now = now.plus(by);
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId other) {
        return new MovableClock(now.atZone(other).toOffsetDateTime(), other);
    }

    @Override
    public Instant instant() {
        return now;
    }
}

package kz.gov.rehab.commons.time;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The clock of the dev and test profiles when {@code rehab.clock.fixed} starts it elsewhere: it runs
 * on from there, and a test can move it forward (e.g. a 16-minute wait in the queue) without waiting.
 * Production never has one ({@link ClockProducer} refuses a fixed clock outside dev and test).
 */
public final class AdjustableClock extends Clock {

    private final Clock base;
    private final AtomicReference<Duration> moved;

    AdjustableClock(Clock base) {
        this(base, new AtomicReference<>(Duration.ZERO));
    }

    private AdjustableClock(Clock base, AtomicReference<Duration> moved) {
        this.base = base;
        this.moved = moved;
    }

    /** Moves the clock forward; it never goes back. */
    public Instant advance(Duration by) {
        if (by.isNegative()) {
            throw new IllegalArgumentException("the clock only moves forward");
        }
        moved.accumulateAndGet(by, Duration::plus);
        return instant();
    }

    @Override
    public ZoneId getZone() {
        return base.getZone();
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return new AdjustableClock(base.withZone(zone), moved);
    }

    @Override
    public Instant instant() {
        return base.instant().plus(moved.get());
    }
}

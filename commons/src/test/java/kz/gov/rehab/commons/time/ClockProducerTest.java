package kz.gov.rehab.commons.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The one clock: real time in production, a start fixed by configuration only in the dev and test profiles. */
class ClockProducerTest {

    private static final Clock SYSTEM = Clock.fixed(Instant.parse("2026-12-01T04:00:00Z"), ZoneId.of("Asia/Almaty"));

    private static ClockConfig config(String fixed) {
        return new ClockConfig() {
            @Override
            public ZoneId zone() {
                return ZoneId.of("Asia/Almaty");
            }

            @Override
            public Optional<String> fixed() {
                return Optional.ofNullable(fixed);
            }
        };
    }

    @Test
    void withoutAFixedStartTheSystemClockIsUsed() {
        assertSame(SYSTEM, ClockProducer.clock(config(null), List.of("prod"), SYSTEM));
    }

    @Test
    void testProfileStartsTheClockWhereConfigured() {
        Clock clock = ClockProducer.clock(config("2026-12-28T10:00:00+05:00"), List.of("test"), SYSTEM);
        assertEquals(Instant.parse("2026-12-28T05:00:00Z"), clock.instant());
        assertEquals(ZoneId.of("Asia/Almaty"), clock.getZone());
    }

    @Test
    void productionRefusesAFixedClock() {
        IllegalStateException refused = assertThrows(IllegalStateException.class,
                () -> ClockProducer.clock(config("2026-12-28T10:00:00+05:00"), List.of("prod"), SYSTEM));
        assertTrue(refused.getMessage().contains("dev and test"));
    }

    @Test
    void aFixedStartRunsOn() {
        Clock running = ClockProducer.clock(config("2027-12-30T10:00:00+05:00"), List.of("dev"), Clock.systemUTC());
        Instant first = running.instant();
        assertTrue(Duration.between(Instant.parse("2027-12-30T05:00:00Z"), first).abs().toSeconds() < 5);
    }

    @Test
    void aTestMovesAFixedClockForwardNeverBack() {
        AdjustableClock clock = (AdjustableClock) ClockProducer.clock(config("2026-12-28T10:00:00+05:00"), List.of("test"), SYSTEM);
        assertEquals(Instant.parse("2026-12-28T05:16:00Z"), clock.advance(Duration.ofMinutes(16)));
        assertEquals(Instant.parse("2026-12-28T05:16:00Z"), clock.withZone(java.time.ZoneOffset.UTC).instant());
        assertThrows(IllegalArgumentException.class, () -> clock.advance(Duration.ofMinutes(-1)));
    }
}

package kz.gov.rehab.commons.time;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** One way to write a moment: ISO 8601, the service zone's offset, whole seconds. */
class TimestampsTest {

    private final Timestamps almaty = new Timestamps(ZoneId.of("Asia/Almaty"));

    @Test
    void aMomentIsWrittenWithTheOffsetOfTheServiceZoneAndWholeSeconds() {
        assertEquals("2026-12-01T22:28:00+05:00", almaty.format(Instant.parse("2026-12-01T17:28:00Z")));
        assertEquals("2026-12-01T22:28:05+05:00", almaty.format(Instant.parse("2026-12-01T17:28:05.999999Z")));
    }

    @Test
    void theSameMomentLooksTheSameWhateverOffsetItCameWith() {
        String expected = "2026-12-01T22:28:00+05:00";
        assertEquals(expected, almaty.format(OffsetDateTime.parse("2026-12-01T17:28:00Z")));
        assertEquals(expected, almaty.format(OffsetDateTime.parse("2026-12-01T18:28:00+01:00")));
        assertEquals(expected, almaty.format(OffsetDateTime.parse("2026-12-01T17:28:00Z").atZoneSameInstant(ZoneId.of("Europe/Berlin"))));
    }

    @Test
    void aZoneWithoutOffsetIsWrittenAsPlusZeroNotZ() {
        assertEquals("2026-12-01T17:28:00+00:00", new Timestamps(ZoneOffset.UTC).format(Instant.parse("2026-12-01T17:28:00Z")));
    }
}

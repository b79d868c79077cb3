package kz.gov.rehab.commons.time;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/**
 * The one way a moment is written in every REST answer and every event: ISO 8601 with the offset
 * of the service's zone ({@code rehab.clock.zone}, Asia/Almaty: {@code +05:00}) and whole seconds,
 * e.g. {@code 2026-12-01T22:28:00+05:00}. Never {@code Z}, never fractions of a second: a person
 * reads the local time at once, and the same moment always looks the same.
 */
public final class Timestamps {

    /** Seconds always written; the offset as {@code +05:00}, also {@code +00:00} for UTC (never {@code Z}). */
    public static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssxxx");

    private final ZoneId zone;

    public Timestamps(ZoneId zone) {
        this.zone = zone;
    }

    public String format(Instant moment) {
        return FORMAT.format(moment.truncatedTo(ChronoUnit.SECONDS).atZone(zone));
    }

    public String format(OffsetDateTime moment) {
        return format(moment.toInstant());
    }

    public String format(ZonedDateTime moment) {
        return format(moment.toInstant());
    }

    public ZoneId zone() {
        return zone;
    }
}

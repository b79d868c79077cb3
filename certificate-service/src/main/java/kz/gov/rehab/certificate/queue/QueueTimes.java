package kz.gov.rehab.certificate.queue;

import java.time.OffsetDateTime;
import java.time.ZoneId;

/**
 * What a receipt says about the queue (C5, items 5.2 and 5.3): the ticket, when it joined the queue,
 * when and to which window it was called, when the receipt was given, the wait and the service in
 * seconds, and whether either was over its limit.
 */
public record QueueTimes(
        String ticket,
        String channel,
        OffsetDateTime queuedAt,
        OffsetDateTime calledAt,
        String window,
        OffsetDateTime servedAt,
        long waitSeconds,
        long serviceSeconds,
        boolean waitOverLimit,
        boolean serviceOverLimit) {

    /** The ticket's times, as read in the service's zone. */
    public static QueueTimes of(QueueTicket ticket, ZoneId zone) {
        return new QueueTimes(ticket.number, ticket.channel.name(), local(ticket.queuedAt, zone), local(ticket.calledAt, zone),
                ticket.window, local(ticket.servedAt, zone), ticket.waitSeconds, ticket.serviceSeconds, ticket.waitBreach, ticket.serviceBreach);
    }

    public static OffsetDateTime local(OffsetDateTime at, ZoneId zone) {
        return at == null ? null : at.atZoneSameInstant(zone).toOffsetDateTime();
    }

    /** A duration in seconds as minutes and seconds, e.g. {@code 16:05}. */
    public static String minutes(long seconds) {
        return "%d:%02d".formatted(seconds / 60, seconds % 60);
    }
}

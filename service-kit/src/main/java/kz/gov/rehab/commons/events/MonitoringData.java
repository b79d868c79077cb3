package kz.gov.rehab.commons.events;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Objects;
import kz.gov.rehab.commons.person.Iin;

/**
 * What the monitoring system of public services learns about one stage of one application
 * (C9, para 16). The service code and name are added from configuration; the application id and
 * number are given to {@link StatusEvents#record}.
 *
 * <p>Personal data: at most the applicant's <em>masked</em> IIN ({@link Builder#applicant(Iin)}
 * masks it). No names, addresses, accounts or document numbers belong here, also not in
 * {@link #details()}.
 *
 * @param stage       the stage the application reached, in the stage vocabulary ({@link StageName}: lower-case
 *                    kebab-case), e.g. {@code accepted}, {@code hearing-scheduled}, {@code data-checked}
 * @param provider    who handles it at this stage (optional)
 * @param channel     how the application was filed (optional)
 * @param deadline    the date by which the result is due (optional, e.g. C4/C5)
 * @param occurredAt  when the stage was reached (when not given, {@link StatusEvents} takes the application's clock)
 * @param actorRole   the role of the caller that caused it (e.g. {@code state-corporation}, {@code akimat}), optional
 * @param applicantIin the applicant's IIN, masked ({@code 7910******28}), optional
 * @param details     further non-personal fields of this event type (documented per type in docs/events.md), optional
 */
public record MonitoringData(
        String stage,
        Provider provider,
        Channel channel,
        LocalDate deadline,
        Instant occurredAt,
        String actorRole,
        String applicantIin,
        Map<String, Object> details) {

    public MonitoringData {
        if (stage == null || stage.isBlank()) {
            throw new IllegalArgumentException("monitoring data needs the stage");
        }
        StageName.checked(stage);
        // microseconds: what PostgreSQL keeps, so the event's time and data agree
        occurredAt = occurredAt == null ? null : occurredAt.truncatedTo(ChronoUnit.MICROS);
        if (applicantIin != null && applicantIin.chars().filter(Character::isDigit).count() > 6) {
            throw new IllegalArgumentException("only a masked IIN may go into an event");
        }
        details = details == null ? Map.of() : Map.copyOf(details);
    }

    /** This data, reached at {@code at} unless it already says when. */
    public MonitoringData occurredAtOr(Instant at) {
        return occurredAt != null ? this
                : new MonitoringData(stage, provider, channel, deadline, at, actorRole, applicantIin, details);
    }

    public static Builder stage(String stage) {
        return new Builder(stage);
    }

    public static final class Builder {
        private final String stage;
        private Provider provider;
        private Channel channel;
        private LocalDate deadline;
        private Instant occurredAt;
        private String actorRole;
        private String applicantIin;
        private Map<String, Object> details;

        private Builder(String stage) {
            this.stage = stage;
        }

        public Builder provider(Provider provider) {
            this.provider = provider;
            return this;
        }

        public Builder channel(Channel channel) {
            this.channel = channel;
            return this;
        }

        public Builder deadline(LocalDate deadline) {
            this.deadline = deadline;
            return this;
        }

        public Builder occurredAt(Instant occurredAt) {
            this.occurredAt = occurredAt;
            return this;
        }

        public Builder actorRole(String actorRole) {
            this.actorRole = actorRole;
            return this;
        }

        /** The applicant; only {@link Iin#masked()} goes into the event. */
        public Builder applicant(Iin iin) {
            this.applicantIin = iin == null ? null : iin.masked();
            return this;
        }

        public Builder details(Map<String, Object> details) {
            this.details = Objects.requireNonNull(details, "details");
            return this;
        }

        public MonitoringData build() {
            return new MonitoringData(stage, provider, channel, deadline, occurredAt, actorRole, applicantIin, details);
        }
    }
}

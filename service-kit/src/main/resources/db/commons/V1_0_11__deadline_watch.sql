-- Deadline watch (docs/events.md, "Deadline watch"): one row per application whose service
-- deadline is watched. The scheduled job claims due rows with FOR UPDATE SKIP LOCKED, writes the
-- "deadline approaching" / "deadline breached" outbox event and stamps the row in the same
-- transaction, so each fires once however many instances run.
CREATE TABLE deadline_watch (
    application_id       uuid          PRIMARY KEY,
    application_number   varchar(64)   NOT NULL,
    -- When "deadline approaching" is due (the service computes it: one working day before).
    approaching_at       timestamptz   NOT NULL,
    -- The deadline itself: "deadline breached" is due when it passes unfinished.
    deadline_at          timestamptz   NOT NULL,
    -- Monitoring data (service, provider, channel, deadline date …) carried by both events.
    context              jsonb         NOT NULL,
    approaching_fired_at timestamptz,
    breached_fired_at    timestamptz,
    started_at           timestamptz   NOT NULL DEFAULT now(),
    CONSTRAINT deadline_watch_approaching_not_after_deadline CHECK (approaching_at <= deadline_at)
);

CREATE INDEX deadline_watch_due_approaching ON deadline_watch (approaching_at) WHERE approaching_fired_at IS NULL;
CREATE INDEX deadline_watch_due_breached ON deadline_watch (deadline_at) WHERE breached_fired_at IS NULL;

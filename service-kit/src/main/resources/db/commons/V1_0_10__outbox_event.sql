-- Transactional outbox of status events (docs/events.md). A row is written in the same
-- transaction as the state change it reports; the relay publishes it to Kafka as a CloudEvent
-- and marks it published. Nothing is ever sent to Kafka inside a business transaction.
CREATE TABLE outbox_event (
    -- CloudEvent id: consumers de-duplicate on it.
    id                 uuid          PRIMARY KEY,
    -- Commit-independent insertion order; the relay publishes each application's events in it.
    seq                bigint        GENERATED ALWAYS AS IDENTITY UNIQUE,
    -- Kafka key: one application's events go to one partition, in order.
    application_id     uuid          NOT NULL,
    -- CloudEvent subject.
    application_number varchar(64)   NOT NULL,
    -- Full CloudEvent type, source and topic as configured when the event was recorded.
    type               varchar(255)  NOT NULL,
    source             varchar(255)  NOT NULL,
    topic              varchar(249)  NOT NULL,
    occurred_at        timestamptz   NOT NULL,
    request_id         varchar(128),
    data               jsonb         NOT NULL,
    recorded_at        timestamptz   NOT NULL DEFAULT now(),
    published_at       timestamptz,
    -- Relay bookkeeping while Kafka is unavailable: failed attempts, back-off, last error.
    attempts           integer       NOT NULL DEFAULT 0,
    next_attempt_at    timestamptz   NOT NULL DEFAULT now(),
    last_error         varchar(1000)
);

CREATE INDEX outbox_event_pending ON outbox_event (seq) WHERE published_at IS NULL;
CREATE INDEX outbox_event_pending_per_application ON outbox_event (application_id, seq) WHERE published_at IS NULL;
CREATE INDEX outbox_event_published ON outbox_event (published_at) WHERE published_at IS NOT NULL;

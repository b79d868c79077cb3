-- Payout batches with maker/checker (four-eyes) and their items, one per application paid.
CREATE SEQUENCE payout_batch_number_seq;

CREATE TABLE payout_batch (
    id           uuid           PRIMARY KEY,
    number       varchar(32)    NOT NULL UNIQUE,
    programme    varchar(40)    NOT NULL,
    status       varchar(20)    NOT NULL,
    item_count   integer        NOT NULL CHECK (item_count > 0),
    total_kzt    numeric(16, 2) NOT NULL CHECK (total_kzt > 0),
    created_by   varchar(100)   NOT NULL,
    created_at   timestamptz    NOT NULL,
    approved_by  varchar(100),
    approved_at  timestamptz,
    sent_at      timestamptz,
    settled_at   timestamptz,
    version      bigint         NOT NULL,
    -- four-eyes: the user who approves a batch is not the one who gathered it
    CONSTRAINT payout_batch_four_eyes CHECK (approved_by IS NULL OR approved_by <> created_by),
    CONSTRAINT payout_batch_approved_before_sent CHECK (status = 'ASSEMBLED' OR approved_by IS NOT NULL)
);

CREATE TABLE payout_item (
    id              uuid           PRIMARY KEY,
    batch_id        uuid           NOT NULL REFERENCES payout_batch (id),
    application_id  uuid           NOT NULL REFERENCES compensation_application (id),
    programme       varchar(40)    NOT NULL,
    iin             char(12)       NOT NULL,
    end_to_end_id   varchar(35)    NOT NULL UNIQUE,
    creditor_name   varchar(300)   NOT NULL,
    iban            char(20)       NOT NULL,
    bank_bic        varchar(11)    NOT NULL,
    amount_kzt      numeric(14, 2) NOT NULL CHECK (amount_kzt > 0),
    status          varchar(20)    NOT NULL,
    failure_reason  varchar(500),
    settled_at      timestamptz,
    version         bigint         NOT NULL,
    CHECK (status <> 'FAILED' OR failure_reason IS NOT NULL)
);
CREATE INDEX payout_item_batch ON payout_item (batch_id);

-- Never paid twice: an application has at most one item on its way or paid (a failed item is
-- closed and may be re-issued in a later batch) ...
CREATE UNIQUE INDEX payout_item_one_live_per_application ON payout_item (application_id)
    WHERE status IN ('INCLUDED', 'SENT', 'PAID');
-- ... and a person is paid the one-time compensation at most once (P3).
CREATE UNIQUE INDEX payout_item_paid_once_per_person ON payout_item (iin)
    WHERE programme = 'REPRESSION_ONE_TIME' AND status = 'PAID';

-- The territorial subdivision of the Committee of Labour and Social Protection that accepted the
-- application (the organisation code of the accepting officer's credentials), for status events.
ALTER TABLE compensation_application ADD COLUMN subdivision varchar(40);

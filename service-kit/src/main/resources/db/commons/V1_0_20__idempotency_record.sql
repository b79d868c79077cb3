-- Idempotency-Key (IETF httpapi draft): one row per (caller scope, key). A row without a status
-- is a request in flight; a completed row holds the answer that a retry gets again.
CREATE TABLE idempotency_record (
    scope           VARCHAR(300) NOT NULL,
    idempotency_key VARCHAR(200) NOT NULL,
    request_hash    CHAR(64)     NOT NULL,
    status_code     INTEGER,
    response_body   TEXT,
    location        TEXT,
    created_at      TIMESTAMPTZ  NOT NULL DEFAULT now(),
    completed_at    TIMESTAMPTZ,
    PRIMARY KEY (scope, idempotency_key)
);

CREATE INDEX idempotency_record_created_at ON idempotency_record (created_at);

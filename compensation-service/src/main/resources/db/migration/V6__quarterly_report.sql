-- The quarterly report on the home-schooling reimbursement (Order No. 28 of 19 January 2016 as amended
-- by Order No. 113 of 1 April 2026; DOMAIN.md §3, R1-R3) and its signed submissions to the Ministry.

-- When a report is due, as dated data: calendar days after the last day of the reporting period. The
-- rule in force on the first day after a quarter applies to that quarter.
CREATE TABLE report_deadline (
    form                       varchar(60) NOT NULL,
    effective_from             date        NOT NULL,
    calendar_days_after_period integer     NOT NULL CHECK (calendar_days_after_period BETWEEN 1 AND 366),
    source                     text        NOT NULL,
    PRIMARY KEY (form, effective_from)
);

INSERT INTO report_deadline (form, effective_from, calendar_days_after_period, source) VALUES
    ('HOME_SCHOOLING_REIMBURSEMENT', '2026-04-01', 10,
     'Order No. 28 of 19 January 2016 as amended by Order No. 113 of 1 April 2026 (R1): submitted to the Ministry '
     || 'quarterly, within 10 calendar days after the reporting period');

-- A compiled report: the exact bytes of its JSON document (signed and submitted unchanged).
CREATE TABLE quarterly_report (
    id               uuid         PRIMARY KEY,
    form             varchar(60)  NOT NULL,
    period           varchar(7)   NOT NULL CHECK (period ~ '^[0-9]{4}-Q[1-4]$'),
    compiled_at      timestamptz  NOT NULL,
    compiled_on      date         NOT NULL,
    compiled_by      varchar(100) NOT NULL,
    due_date         date         NOT NULL,
    late             boolean      NOT NULL,
    document         bytea        NOT NULL,
    document_sha256  char(64)     NOT NULL,
    version          bigint       NOT NULL
);
CREATE INDEX quarterly_report_period ON quarterly_report (form, period, compiled_at);

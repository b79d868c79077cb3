-- Signed submissions of compiled quarterly reports to the Ministry (R2) and the Ministry's answers.
CREATE TABLE report_submission (
    id                      uuid          PRIMARY KEY,
    report_id               uuid          NOT NULL REFERENCES quarterly_report (id),
    submitted_at            timestamptz   NOT NULL,
    submitted_on            date          NOT NULL,
    submitted_by            varchar(100)  NOT NULL,
    late                    boolean       NOT NULL,
    -- the DER CMS detached signature of the report's exact bytes, with the signer's chain
    signature               bytea         NOT NULL,
    signature_algorithm     varchar(40)   NOT NULL,
    signer                  varchar(500)  NOT NULL,
    outcome                 varchar(20)   NOT NULL CHECK (outcome IN ('ACCEPTED', 'REFUSED', 'UNAVAILABLE')),
    ministry_status         integer,
    ministry_submission_id  uuid          UNIQUE,
    ministry_received_at    timestamptz,
    refusal_type            varchar(300),
    refusal_reason          varchar(40),
    refusal_detail          varchar(2000),
    CHECK (outcome <> 'ACCEPTED' OR ministry_submission_id IS NOT NULL)
);
CREATE INDEX report_submission_report ON report_submission (report_id, submitted_at);

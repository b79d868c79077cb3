-- Reports the simulated Ministry accepted (DOMAIN.md §3 R1-R2): the document and its CMS detached
-- signature exactly as received, with the verified signer. Refused submissions are not stored.
create table report_submission (
    id                   uuid primary key,
    received_at          timestamptz   not null,
    form                 varchar(64)   not null,
    period               varchar(7)    not null check (period ~ '^[0-9]{4}-Q[1-4]$'),
    document_type        varchar(100)  not null,
    document             bytea         not null check (octet_length(document) > 0),
    document_sha256      char(64)      not null,
    signature            bytea         not null check (octet_length(signature) > 0),
    signer               varchar(2000) not null,
    signer_serial_number varchar(100)  not null,
    submitted_by         varchar(100)  not null,
    request_id           varchar(64)
);

-- "the latest counts": a form and period's submissions newest first
create index report_submission_form_period on report_submission (form, period, received_at desc);

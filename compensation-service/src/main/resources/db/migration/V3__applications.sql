-- Compensation applications (Appendix 1 of Order No. 277, P1) with the registry data they were
-- checked against (P2) and the decision on them.
CREATE SEQUENCE application_number_seq;

CREATE TABLE compensation_application (
    id                          uuid         PRIMARY KEY,
    number                      varchar(32)  NOT NULL UNIQUE,
    programme                   varchar(40)  NOT NULL,
    iin                         char(12)     NOT NULL CHECK (iin ~ '^[0-9]{12}$'),
    status                      varchar(30)  NOT NULL,
    -- the form as the applicant filled it
    surname                     varchar(100) NOT NULL,
    first_name                  varchar(100) NOT NULL,
    patronymic                  varchar(100),
    birth_date                  date         NOT NULL,
    address                     varchar(500) NOT NULL,
    id_document_type            varchar(40)  NOT NULL,
    id_document_series          varchar(20),
    id_document_number          varchar(20)  NOT NULL,
    id_document_issuer          varchar(200) NOT NULL,
    iban                        char(20)     NOT NULL,
    bank_on_form                varchar(200) NOT NULL,
    bank_code                   char(3)      NOT NULL REFERENCES bank (code),
    bank_bic                    varchar(11)  NOT NULL,
    received_benefits           jsonb        NOT NULL,
    received_in_other_republic  boolean      NOT NULL,
    other_republic_grounds      varchar(1000),
    reference_number            varchar(50)  NOT NULL,
    reference_date              date         NOT NULL,
    consent_personal_data       boolean      NOT NULL CHECK (consent_personal_data),
    consent_protected_secrets   boolean      NOT NULL CHECK (consent_protected_secrets),
    application_date            date         NOT NULL,
    accepted_on                 date         NOT NULL,
    accepted_by                 jsonb        NOT NULL,
    -- from the state registries through the digital-government gateway (P2)
    registry_snapshot           jsonb        NOT NULL,
    mismatches                  jsonb        NOT NULL,
    rehabilitation_months       integer      NOT NULL CHECK (rehabilitation_months >= 0),
    rehabilitation_category     varchar(40)  NOT NULL,
    pending_reasons             jsonb        NOT NULL,
    -- the decision
    amount_kzt                  numeric(14, 2) CHECK (amount_kzt IS NULL OR amount_kzt > 0),
    amount_basis                jsonb,
    decided_by                  varchar(100),
    decided_at                  timestamptz,
    decision_grounds            varchar(2000),
    refusal_reason              varchar(40),
    refusal_detail              varchar(2000),
    submitted_by                varchar(100) NOT NULL,
    created_at                  timestamptz  NOT NULL,
    updated_at                  timestamptz  NOT NULL,
    version                     bigint       NOT NULL,
    CHECK (status <> 'REFUSED' OR refusal_reason IS NOT NULL),
    CHECK (status NOT IN ('ASSIGNED', 'IN_PAYOUT', 'PAYMENT_FAILED', 'PAID') OR amount_kzt IS NOT NULL)
);

-- P3: the one-time compensation is paid once per person. At most one application per IIN may hold
-- it (assigned, in payout, failed and awaiting re-issue, or paid), also under concurrent decisions.
CREATE UNIQUE INDEX one_repression_compensation_per_person ON compensation_application (iin)
    WHERE programme = 'REPRESSION_ONE_TIME' AND status IN ('ASSIGNED', 'IN_PAYOUT', 'PAYMENT_FAILED', 'PAID');

CREATE INDEX compensation_application_iin ON compensation_application (iin);
CREATE INDEX compensation_application_status ON compensation_application (programme, status);

-- Every stage an application went through (also those of its payout), with who moved it and why.
CREATE TABLE application_stage (
    id              bigserial    PRIMARY KEY,
    application_id  uuid         NOT NULL REFERENCES compensation_application (id),
    stage           varchar(30)  NOT NULL,
    detail          varchar(2000),
    actor           varchar(100) NOT NULL,
    at              timestamptz  NOT NULL
);
CREATE INDEX application_stage_application ON application_stage (application_id, id);

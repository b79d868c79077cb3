-- Applications for a certificate or a duplicate (C1), with what the registries said about the
-- applicant at intake, the receipt given (C3 or C4), and the competent akimat (C6).
CREATE SEQUENCE application_serial;

CREATE TABLE certificate_application (
    id                 uuid        PRIMARY KEY,
    number             text        NOT NULL UNIQUE,
    requested          text        NOT NULL CHECK (requested IN ('CERTIFICATE', 'DUPLICATE')),
    status             text        NOT NULL CHECK (status IN ('REFUSED_AT_INTAKE', 'UNDER_REVIEW', 'HEARING_SCHEDULED',
                                                              'HEARING_HELD', 'ISSUED', 'REFUSED', 'HANDED_OUT')),
    applicant_iin      char(12)    NOT NULL,
    representative_iin char(12),
    branch_number      text        NOT NULL,
    akimat_code        text,
    akimat_name        text,
    submitted_at       timestamptz NOT NULL,
    ready_date         date,
    decision           text        CHECK (decision IN ('ISSUED', 'REFUSED')),
    refusal_ground     text        CHECK (refusal_ground IN ('UNRELIABLE_DOCUMENTS_OR_DATA', 'NON_COMPLIANCE_WITH_ITEM_10')),
    refusal_reason     text,
    handed_out_on      date,
    registry_snapshot  jsonb       NOT NULL,
    intake             jsonb       NOT NULL,
    receipt            jsonb       NOT NULL,
    version            bigint      NOT NULL DEFAULT 0,
    CONSTRAINT accepted_application_is_routed CHECK (status = 'REFUSED_AT_INTAKE' OR (akimat_code IS NOT NULL AND ready_date IS NOT NULL)),
    CONSTRAINT refusal_has_a_ground CHECK ((decision = 'REFUSED') = (refusal_ground IS NOT NULL))
);
CREATE INDEX certificate_application_work_list ON certificate_application (akimat_code, status, ready_date);
CREATE INDEX certificate_application_applicant ON certificate_application (applicant_iin);

-- Every stage the application went through (C9, C12), in order.
CREATE TABLE application_stage (
    id             bigserial   PRIMARY KEY,
    application_id uuid        NOT NULL REFERENCES certificate_application (id),
    stage          text        NOT NULL,
    status         text        NOT NULL,
    occurred_at    timestamptz NOT NULL,
    actor          text        NOT NULL
);
CREATE INDEX application_stage_of_application ON application_stage (application_id, id);

-- Preliminary refusal, notice and hearing (para 12; APPK art. 73-74). One per application.
CREATE TABLE hearing (
    application_id        uuid        PRIMARY KEY REFERENCES certificate_application (id),
    ground                text        NOT NULL CHECK (ground IN ('UNRELIABLE_DOCUMENTS_OR_DATA', 'NON_COMPLIANCE_WITH_ITEM_10')),
    ground_details        text        NOT NULL,
    notice_way            text        NOT NULL CHECK (notice_way IN ('INVITATION', 'VIDEOCONFERENCE', 'DIGITAL_SYSTEMS', 'OTHER')),
    notified_on           date        NOT NULL,
    scheduled_at          timestamp   NOT NULL,
    place                 text        NOT NULL,
    held_on               date,
    started_at            time,
    ended_at              time,
    body                  text,
    official              text,
    participant           text,
    question              text,
    statements            text,
    questions_and_answers text,
    facts_to_record       text,
    version               bigint      NOT NULL DEFAULT 0,
    CONSTRAINT hearing_ends_after_it_starts CHECK (ended_at IS NULL OR ended_at > started_at)
);

-- Certificates and duplicates (C8). One original per person; a duplicate only of that person's
-- original: both are constraints of the database, not only checks in code.
CREATE SEQUENCE certificate_serial;

CREATE TABLE certificate (
    number           text        PRIMARY KEY,
    application_id   uuid        NOT NULL UNIQUE REFERENCES certificate_application (id),
    kind             text        NOT NULL CHECK (kind IN ('ORIGINAL', 'DUPLICATE')),
    holder_iin       char(12)    NOT NULL,
    holder_name      text        NOT NULL,
    akimat_code      text        NOT NULL,
    akimat_name      text        NOT NULL,
    issued_on        date        NOT NULL,
    printed_at       timestamptz NOT NULL,
    status           text        NOT NULL CHECK (status IN ('VALID', 'REPLACED_BY_DUPLICATE')),
    replaced_by      text        REFERENCES certificate (number),
    original_number  text,
    original_kind    text        CHECK (original_kind = 'ORIGINAL'),
    version          bigint      NOT NULL DEFAULT 0,
    CONSTRAINT certificate_number_holder_kind UNIQUE (number, holder_iin, kind),
    CONSTRAINT duplicate_names_its_original CHECK (
        (kind = 'ORIGINAL' AND original_number IS NULL AND original_kind IS NULL)
        OR (kind = 'DUPLICATE' AND original_number IS NOT NULL AND original_kind = 'ORIGINAL')),
    CONSTRAINT duplicate_of_the_holders_original FOREIGN KEY (original_number, holder_iin, original_kind)
        REFERENCES certificate (number, holder_iin, kind),
    CONSTRAINT replaced_only_when_replaced CHECK ((status = 'REPLACED_BY_DUPLICATE') = (replaced_by IS NOT NULL))
);
CREATE UNIQUE INDEX one_original_certificate_per_person ON certificate (holder_iin) WHERE kind = 'ORIGINAL';

-- Issue 13, item 2: certificates issued before this system, on the template of Appendix 2 of
-- Order No. 78, recorded in the same table as the system's own, so that "one original per person"
-- (one_original_certificate_per_person) and "a duplicate only of the holder's original"
-- (duplicate_of_the_holders_original) hold across both. They come in through an operator's import,
-- recorded here with who, when, from what source and which file (its SHA-256).
CREATE TABLE certificate_import (
    id            bigserial   PRIMARY KEY,
    imported_at   timestamptz NOT NULL,
    system        text        NOT NULL,
    operator      text        NOT NULL,
    source        text        NOT NULL,
    format        text        NOT NULL CHECK (format IN ('CSV', 'JSON')),
    sha256        char(64)    NOT NULL,
    rows_imported integer     NOT NULL CHECK (rows_imported > 0)
);

ALTER TABLE certificate
    ALTER COLUMN application_id DROP NOT NULL,
    ALTER COLUMN printed_at DROP NOT NULL,
    ADD COLUMN provenance        text   NOT NULL DEFAULT 'SYSTEM' CHECK (provenance IN ('SYSTEM', 'IMPORT')),
    ADD COLUMN import_id         bigint REFERENCES certificate_import (id),
    ADD COLUMN holder_surname    text,
    ADD COLUMN holder_first_name text,
    ADD COLUMN holder_patronymic text,
    ADD COLUMN basis_document    text,
    ADD COLUMN signed_by         text,
    ADD CONSTRAINT provenance_is_recorded CHECK (
        (provenance = 'SYSTEM' AND application_id IS NOT NULL AND printed_at IS NOT NULL AND import_id IS NULL)
        OR (provenance = 'IMPORT' AND application_id IS NULL AND import_id IS NOT NULL AND kind = 'ORIGINAL'
            AND holder_surname IS NOT NULL AND holder_first_name IS NOT NULL AND basis_document IS NOT NULL));

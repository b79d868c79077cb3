-- Second programme of the engine: reimbursement of the costs of home schooling of a child with a
-- disability (Order No. 28 of 19 January 2016 as amended by Order No. 113, DOMAIN.md §3). Assigned
-- for a period of months and paid in monthly instalments, on the same applications, decisions and
-- payout batches as the one-time compensation.

-- The rate: 8 MRP per child per month is the figure commonly cited; it must be confirmed against the
-- current law before production use (docs/compensation-service.md). A new row with a later
-- effective_from replaces it without a release.
INSERT INTO compensation_rate (programme, category, effective_from, mrp_per_month, cap_mrp, source) VALUES
    ('HOME_SCHOOLING_REIMBURSEMENT', 'CHILD_WITH_DISABILITY', '2026-01-01', 8.0000, NULL,
     'Reimbursement of the costs of home schooling of a child with a disability: 8 MRP per child per month, '
     || 'the commonly cited figure; TO BE CONFIRMED against the current law (effective date pending confirmation)');

-- What only the repression programme has (the rehabilitation reference and what it gives) is no
-- longer required of every application, but still of every application of that programme.
ALTER TABLE compensation_application
    ALTER COLUMN reference_number DROP NOT NULL,
    ALTER COLUMN reference_date DROP NOT NULL,
    ALTER COLUMN rehabilitation_months DROP NOT NULL,
    ALTER COLUMN rehabilitation_category DROP NOT NULL,
    ADD CONSTRAINT repression_application_has_reference CHECK (programme <> 'REPRESSION_ONE_TIME'
        OR (reference_number IS NOT NULL AND reference_date IS NOT NULL
            AND rehabilitation_months IS NOT NULL AND rehabilitation_category IS NOT NULL));

-- The child, the disability and the home-schooling conclusion (form facts no registry holds), the
-- child's registry data, the months assigned and the region the quarterly report counts it in.
ALTER TABLE compensation_application
    ADD COLUMN child_iin        char(12) CHECK (child_iin IS NULL OR child_iin ~ '^[0-9]{12}$'),
    ADD COLUMN home_schooling   jsonb,
    ADD COLUMN period_from      date CHECK (period_from IS NULL OR extract(day FROM period_from) = 1),
    ADD COLUMN period_to        date CHECK (period_to IS NULL OR extract(day FROM period_to) = 1),
    ADD COLUMN instalment_kzt   numeric(14, 2) CHECK (instalment_kzt IS NULL OR instalment_kzt > 0),
    ADD COLUMN region_kato      char(9),
    ADD COLUMN region_name      varchar(200),
    ADD CONSTRAINT home_schooling_application_complete CHECK (programme <> 'HOME_SCHOOLING_REIMBURSEMENT'
        OR (child_iin IS NOT NULL AND home_schooling IS NOT NULL AND period_from IS NOT NULL
            AND period_to >= period_from));

CREATE INDEX compensation_application_child ON compensation_application (child_iin) WHERE child_iin IS NOT NULL;

-- The monthly instalments of an assigned periodic reimbursement, written at assignment. The instalment
-- of a month falls due on the first day of that month. One reimbursement per child and month: the
-- primary key of (programme, beneficiary, month) refuses a second one, also under concurrent decisions.
CREATE TABLE instalment (
    programme        varchar(40)    NOT NULL,
    beneficiary_iin  char(12)       NOT NULL,
    month            date           NOT NULL CHECK (extract(day FROM month) = 1),
    application_id   uuid           NOT NULL REFERENCES compensation_application (id),
    amount_kzt       numeric(14, 2) NOT NULL CHECK (amount_kzt > 0),
    PRIMARY KEY (programme, beneficiary_iin, month),
    UNIQUE (application_id, month)
);

-- A payment is for an application and, for a periodic programme, one month of it.
ALTER TABLE payout_item ADD COLUMN period_month date CHECK (period_month IS NULL OR extract(day FROM period_month) = 1);
DROP INDEX payout_item_one_live_per_application;
-- Never paid twice: one included, sent or paid payment per application (one-time programme) ...
CREATE UNIQUE INDEX payout_item_one_live_per_application ON payout_item (application_id)
    WHERE period_month IS NULL AND status IN ('INCLUDED', 'SENT', 'PAID');
-- ... and per application and month (periodic programme).
CREATE UNIQUE INDEX payout_item_one_live_per_application_month ON payout_item (application_id, period_month)
    WHERE period_month IS NOT NULL AND status IN ('INCLUDED', 'SENT', 'PAID');
CREATE INDEX payout_item_settled ON payout_item (programme, settled_at) WHERE status = 'PAID';

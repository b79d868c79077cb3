-- The MRP per budget year (DOMAIN.md §4, "Compensation amount"): a row covers the period its
-- budget law sets (effective_from .. effective_to), and is in force only once a second operator has
-- confirmed what the first entered (four-eyes, as for payouts). A filing dated in a period without
-- a confirmed MRP gets no amount: the application waits in AWAITING_MRP, never paid at an earlier
-- year's MRP.
ALTER TABLE monthly_calculation_index
    ADD COLUMN effective_to date,
    ADD COLUMN entered_by   text,
    ADD COLUMN entered_at   timestamptz,
    ADD COLUMN confirmed_by text,
    ADD COLUMN confirmed_at timestamptz;

UPDATE monthly_calculation_index
   SET effective_to = make_date(extract(year FROM effective_from)::int, 12, 31),
       source = source || '; in force for the budget year ' || extract(year FROM effective_from)::int,
       entered_by = 'migration V2', entered_at = '2026-07-12T09:00:00+05:00',
       confirmed_by = 'migration V8', confirmed_at = '2026-12-01T09:00:00+05:00';

ALTER TABLE monthly_calculation_index
    ALTER COLUMN effective_to SET NOT NULL,
    ALTER COLUMN entered_by SET NOT NULL,
    ALTER COLUMN entered_at SET NOT NULL,
    ADD CONSTRAINT mrp_period CHECK (effective_to >= effective_from),
    ADD CONSTRAINT mrp_confirmed_by_another CHECK (confirmed_by IS NULL OR confirmed_by <> entered_by),
    ADD CONSTRAINT mrp_confirmation_complete CHECK ((confirmed_by IS NULL) = (confirmed_at IS NULL)),
    ADD CONSTRAINT mrp_periods_do_not_overlap
        EXCLUDE USING gist (daterange(effective_from, effective_to, '[]') WITH &&);

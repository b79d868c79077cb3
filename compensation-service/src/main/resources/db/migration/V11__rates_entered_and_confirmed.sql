-- Rates, like the MRP (V8), are entered by one rules operator and in force once another confirms
-- them (four-eyes): who and when, for both steps, stay on the row. AmountRuleData reads confirmed rows only.
ALTER TABLE compensation_rate
    ADD COLUMN entered_by   text,
    ADD COLUMN entered_at   timestamptz,
    ADD COLUMN confirmed_by text,
    ADD COLUMN confirmed_at timestamptz;
UPDATE compensation_rate SET entered_by = 'migration V2', entered_at = '2026-07-12T09:00:00+05:00',
                             confirmed_by = 'migration V11', confirmed_at = '2026-12-01T09:00:00+05:00';
ALTER TABLE compensation_rate
    ALTER COLUMN entered_by SET NOT NULL,
    ALTER COLUMN entered_at SET NOT NULL,
    ADD CONSTRAINT rate_confirmed_by_another CHECK (confirmed_by IS NULL OR confirmed_by <> entered_by),
    ADD CONSTRAINT rate_confirmation_complete CHECK ((confirmed_by IS NULL) = (confirmed_at IS NULL));

-- Rows entered before this migration (by SQL, as the earlier documentation said) stay in force.
ALTER TABLE home_schooling_rate
    ADD COLUMN entered_by   text,
    ADD COLUMN entered_at   timestamptz,
    ADD COLUMN confirmed_by text,
    ADD COLUMN confirmed_at timestamptz;
UPDATE home_schooling_rate SET entered_by = 'entered before migration V11', entered_at = now(),
                               confirmed_by = 'migration V11', confirmed_at = now();
ALTER TABLE home_schooling_rate
    ALTER COLUMN entered_by SET NOT NULL,
    ALTER COLUMN entered_at SET NOT NULL,
    ADD CONSTRAINT home_schooling_rate_confirmed_by_another CHECK (confirmed_by IS NULL OR confirmed_by <> entered_by),
    ADD CONSTRAINT home_schooling_rate_confirmation_complete CHECK ((confirmed_by IS NULL) = (confirmed_at IS NULL));

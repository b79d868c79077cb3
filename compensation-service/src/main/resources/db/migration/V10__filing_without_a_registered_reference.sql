-- P3 (DOMAIN.md §2, corrected): the reference's number and date are fields of the form, not a
-- condition for filing. An application whose reference the register does not hold is filed without a
-- category (and with 0 months), and the decision refuses it on that ground unless the register holds it then.
ALTER TABLE compensation_application ALTER COLUMN rehabilitation_category DROP NOT NULL;
ALTER TABLE compensation_application
    DROP CONSTRAINT repression_application_has_reference,
    ADD CONSTRAINT repression_application_has_reference CHECK (programme <> 'REPRESSION_ONE_TIME'
        OR (reference_number IS NOT NULL AND reference_date IS NOT NULL AND rehabilitation_months IS NOT NULL));

-- Issue 13, item 6: the reimbursement of home-schooling costs of a child with a disability is not set
-- by Order No. 28 nor by any national act: each region's or district's maslikhat sets it by decision
-- (DOMAIN.md §3; 3, 4 and 6 MRP a month were seen in published decisions). The nationwide 8 MRP of
-- V5 was invented ("the commonly cited figure ... to be confirmed"): it is removed, and no figure is
-- put in its place. Rates are entered here, one row per maslikhat decision, with the decision as
-- the source. A territory without a rate in force gets no amount: its applications wait for a
-- decision (docs/compensation-service.md, "Home-schooling reimbursement").
DELETE FROM compensation_rate WHERE programme = 'HOME_SCHOOLING_REIMBURSEMENT' AND category = 'CHILD_WITH_DISABILITY';

CREATE TABLE home_schooling_rate (
    -- KATO code of the territory whose maslikhat decided: a region (or city of republican
    -- significance), e.g. 110000000, or a district or city of regional significance, e.g. 112000000.
    territory_kato  char(9)       NOT NULL CHECK (territory_kato ~ '^[0-9]{9}$'),
    territory_name  varchar(200)  NOT NULL,
    territory_level varchar(10)   NOT NULL CHECK (territory_level IN ('REGION', 'DISTRICT')),
    effective_from  date          NOT NULL,
    mrp_per_month   numeric(8, 4) NOT NULL CHECK (mrp_per_month > 0 AND mrp_per_month <= 100),
    -- The maslikhat's decision: body, number and date (and where it was published).
    decision        text          NOT NULL CHECK (length(decision) > 0),
    PRIMARY KEY (territory_kato, effective_from),
    CONSTRAINT territory_code_fits_its_level CHECK (
        (territory_level = 'REGION' AND substr(territory_kato, 3) = '0000000')
        OR (territory_level = 'DISTRICT' AND substr(territory_kato, 5) = '00000' AND substr(territory_kato, 3, 2) <> '00'))
);

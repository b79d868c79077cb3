-- Working-day calendar (DOMAIN.md §4; Labour Code art. 85, Law "On holidays" art. 5).
-- A year is usable for deadline arithmetic only when it is listed in calendar_year: for a year
-- without data the service refuses to compute rather than silently assuming "weekends only".
-- Saturdays and Sundays are days off unless listed as WORKING_DAY (a transferred working day);
-- weekdays are working days unless listed as DAY_OFF (holiday or transferred day off).
CREATE TABLE calendar_year (
    year        integer     PRIMARY KEY CHECK (year BETWEEN 1900 AND 2200),
    legal_basis text        NOT NULL,
    added_by    text        NOT NULL,
    added_at    timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE calendar_day (
    day    date    PRIMARY KEY,
    year   integer NOT NULL REFERENCES calendar_year (year),
    kind   text    NOT NULL CHECK (kind IN ('DAY_OFF', 'WORKING_DAY')),
    reason text    NOT NULL,
    CONSTRAINT calendar_day_in_its_year CHECK (extract(year FROM day) = year),
    CONSTRAINT calendar_day_off_is_a_weekday CHECK (kind <> 'DAY_OFF' OR extract(isodow FROM day) < 6),
    CONSTRAINT calendar_working_day_is_a_weekend_day CHECK (kind <> 'WORKING_DAY' OR extract(isodow FROM day) >= 6)
);

INSERT INTO calendar_year (year, legal_basis, added_by) VALUES
    (2026, 'Law of the RK "On holidays" art. 5; Labour Code art. 85 (DOMAIN.md §4)', 'migration V2');

INSERT INTO calendar_day (day, year, kind, reason) VALUES
    ('2026-01-01', 2026, 'DAY_OFF', 'New Year'),
    ('2026-01-02', 2026, 'DAY_OFF', 'New Year'),
    ('2026-01-07', 2026, 'DAY_OFF', 'Orthodox Christmas'),
    ('2026-03-09', 2026, 'DAY_OFF', 'International Women''s Day (8 March is a Sunday)'),
    ('2026-03-23', 2026, 'DAY_OFF', 'Nauryz meiramy (21-22 March are a weekend)'),
    ('2026-03-24', 2026, 'DAY_OFF', 'Nauryz meiramy'),
    ('2026-03-25', 2026, 'DAY_OFF', 'Nauryz meiramy'),
    ('2026-05-01', 2026, 'DAY_OFF', 'Day of Unity of the People of Kazakhstan'),
    ('2026-05-07', 2026, 'DAY_OFF', 'Defender of the Fatherland Day'),
    ('2026-05-11', 2026, 'DAY_OFF', 'Victory Day (9 May is a Saturday)'),
    ('2026-05-27', 2026, 'DAY_OFF', 'Kurban Ait, first day'),
    ('2026-07-06', 2026, 'DAY_OFF', 'Capital Day'),
    ('2026-08-31', 2026, 'DAY_OFF', 'Constitution Day (30 August is a Sunday)'),
    ('2026-10-26', 2026, 'DAY_OFF', 'Republic Day (25 October is a Sunday)'),
    ('2026-12-16', 2026, 'DAY_OFF', 'Independence Day');

-- Numbers the rules set, as dated data: the value in force on a date is the row with the latest
-- effective_from not after that date. Read only by kz.gov.rehab.certificate.rules.ServiceRules.
CREATE TABLE service_rule (
    name           text    NOT NULL,
    effective_from date    NOT NULL,
    value          integer NOT NULL CHECK (value >= 0),
    legal_basis    text    NOT NULL,
    PRIMARY KEY (name, effective_from)
);

INSERT INTO service_rule (name, effective_from, value, legal_basis) VALUES
    ('service-deadline.working-days', '2022-02-28', 5,
     'Order No. 78, service standard item 5: 5 working days, the day of acceptance not counted'),
    ('hearing.notice-working-days-before-deadline', '2022-02-28', 3,
     'Hearing notice at least 3 working days before the service deadline (APPK art. 73; common public-service practice, DOMAIN.md §4)'),
    ('hearing.within-working-days-of-notice', '2022-02-28', 2,
     'Hearing held within 2 working days of the notice (APPK art. 74; common public-service practice, DOMAIN.md §4)'),
    ('service-information.update-working-days', '2022-02-28', 3,
     'Order No. 78 para 20: service information updated within 3 working days of approval or change of the rules');

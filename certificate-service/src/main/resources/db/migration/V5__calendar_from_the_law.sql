-- The working-day calendar computed from the law for any year (DOMAIN.md §4), replacing the
-- per-year lists of V2 (calendar_year, calendar_day), which ran out at the end of 2026.
--
-- holiday_rule: the holidays of the Law of the RK of 13 December 2001 No. 267-II "On holidays in
-- the Republic of Kazakhstan" as dated data. A change of the law is a new row (or an effective_to on
-- an old one), never a code change. moves_off_weekend: a holiday on a Saturday or Sunday moves the
-- day off to the next working day (art. 5); false for the days that never move (Labour Code art. 84
-- p. 5: 7 January; the first day of Kurban Ait is entered per year in kurban_ait, never moving).
-- The list is kept from 2023, the first year after the Law of 2022 restored Republic Day and left
-- Independence Day on 16 December only; earlier years are not computed.
CREATE TABLE holiday_rule (
    id                serial  PRIMARY KEY,
    name              text    NOT NULL,
    month             integer NOT NULL CHECK (month BETWEEN 1 AND 12),
    day               integer NOT NULL CHECK (day BETWEEN 1 AND 31),
    moves_off_weekend boolean NOT NULL,
    effective_from    date    NOT NULL,
    effective_to      date,
    source            text    NOT NULL,
    CONSTRAINT holiday_rule_period CHECK (effective_to IS NULL OR effective_to >= effective_from),
    CONSTRAINT holiday_rule_real_day CHECK (make_date(2024, month, day) IS NOT NULL)
);

INSERT INTO holiday_rule (name, month, day, moves_off_weekend, effective_from, effective_to, source) VALUES
    ('New Year', 1, 1, true, '2023-01-01', NULL, 'Law "On holidays" art. 1: New Year, 1-2 January'),
    ('New Year', 1, 2, true, '2023-01-01', NULL, 'Law "On holidays" art. 1: New Year, 1-2 January'),
    ('Orthodox Christmas', 1, 7, false, '2023-01-01', NULL,
     'Law "On holidays" art. 1: Orthodox Christmas, 7 January; Labour Code art. 84 p. 5: a day off that is not moved'),
    ('International Women''s Day', 3, 8, true, '2023-01-01', NULL, 'Law "On holidays" art. 1: International Women''s Day, 8 March'),
    ('Nauryz meiramy', 3, 21, true, '2023-01-01', NULL, 'Law "On holidays" art. 1: Nauryz meiramy, 21-23 March'),
    ('Nauryz meiramy', 3, 22, true, '2023-01-01', NULL, 'Law "On holidays" art. 1: Nauryz meiramy, 21-23 March'),
    ('Nauryz meiramy', 3, 23, true, '2023-01-01', NULL, 'Law "On holidays" art. 1: Nauryz meiramy, 21-23 March'),
    ('Day of Unity of the People of Kazakhstan', 5, 1, true, '2023-01-01', NULL, 'Law "On holidays" art. 1: Day of Unity of the People of Kazakhstan, 1 May'),
    ('Defender of the Fatherland Day', 5, 7, true, '2023-01-01', NULL, 'Law "On holidays" art. 1: Defender of the Fatherland Day, 7 May'),
    ('Victory Day', 5, 9, true, '2023-01-01', NULL, 'Law "On holidays" art. 1: Victory Day, 9 May'),
    ('Capital Day', 7, 6, true, '2023-01-01', NULL, 'Law "On holidays" art. 1: Capital Day, 6 July'),
    ('Constitution Day', 8, 30, true, '2023-01-01', '2025-12-31',
     'Law "On holidays" art. 1: Constitution Day, 30 August (Constitution of 1995); no longer a holiday from 2026: '
     || 'Ministry of Labour and Social Protection, press statement of 18 March 2026 (DOMAIN.md §4)'),
    ('Constitution Day', 3, 15, true, '2027-01-01', NULL,
     'Constitution adopted by referendum on 15 March 2026; Ministry of Labour and Social Protection, press statement of '
     || '18 March 2026: Constitution Day is 15 March, celebrated from 2027 (the amending text of the Law "On holidays" '
     || 'was not seen; DOMAIN.md §4)'),
    ('Republic Day', 10, 25, true, '2023-01-01', NULL, 'Law "On holidays" art. 1: Republic Day, 25 October'),
    ('Independence Day', 12, 16, true, '2023-01-01', NULL, 'Law "On holidays" art. 1: Independence Day, 16 December');

-- The two announced facts of a year; a year with both is confirmed, without them provisional.
CREATE TABLE kurban_ait (
    year        integer     PRIMARY KEY CHECK (year BETWEEN 1900 AND 2200),
    first_day   date        NOT NULL,
    legal_basis text        NOT NULL,
    entered_by  text        NOT NULL,
    entered_at  timestamptz NOT NULL,
    CONSTRAINT kurban_ait_in_its_year CHECK (extract(year FROM first_day) = year)
);

CREATE TABLE transfer_decree (
    year        integer     PRIMARY KEY CHECK (year BETWEEN 1900 AND 2200),
    legal_basis text        NOT NULL,
    entered_by  text        NOT NULL,
    entered_at  timestamptz NOT NULL
);

CREATE TABLE day_transfer (
    year        integer NOT NULL REFERENCES transfer_decree (year),
    day_off     date    NOT NULL UNIQUE,
    working_day date    NOT NULL UNIQUE,
    PRIMARY KEY (year, day_off),
    CONSTRAINT day_transfer_in_its_year CHECK (extract(year FROM day_off) = year AND extract(year FROM working_day) = year),
    CONSTRAINT day_transfer_day_off_is_a_weekday CHECK (extract(isodow FROM day_off) < 6),
    CONSTRAINT day_transfer_working_day_is_a_weekend_day CHECK (extract(isodow FROM working_day) >= 6)
);

-- 2026 is confirmed: its days off are 1, 2, 7 January; 9 March; 23-25 March; 1, 7, 11 May;
-- 27 May (Kurban Ait); 6 July; 26 October; 16 December: 247 working days. 31 August 2026 is a
-- working day (V2 listed it as a day off, before Constitution Day moved).
INSERT INTO kurban_ait (year, first_day, legal_basis, entered_by, entered_at) VALUES
    (2026, '2026-05-27', 'First day of Kurban Ait 2026 as announced (DOMAIN.md §4, checked against public sources)',
     'migration V5', '2026-12-01T09:00:00+05:00');
INSERT INTO transfer_decree (year, legal_basis, entered_by, entered_at) VALUES
    (2026, 'No day off transferred in 2026: the days off of 2026 are those of the Law "On holidays" and Kurban Ait, '
     || '247 working days (DOMAIN.md §4, checked against public sources)', 'migration V5', '2026-12-01T09:00:00+05:00');

DROP TABLE calendar_day;
DROP TABLE calendar_year;

-- Every answer that carries a deadline says whether a provisional year was used to compute it.
ALTER TABLE certificate_application ADD COLUMN ready_date_provisional boolean NOT NULL DEFAULT false;

-- Order No. 113, item 4: the new service standard (Appendix 2 of Order No. 78: deadline, schedule,
-- documents, refusal grounds), para 16 (monitoring), para 20 (service information) and the hearing
-- through digital systems apply from 12 July 2026. The numbers are unchanged; the rows carry the
-- amended basis and its date.
INSERT INTO service_rule (name, effective_from, value, legal_basis) VALUES
    ('service-deadline.working-days', '2026-07-12', 5,
     'Order No. 78, service standard item 5, as amended by Order No. 113 of 1 April 2026 (item 4: applies from '
     || '12 July 2026): 5 working days, the day of acceptance at the State Corporation not counted'),
    ('service-information.update-working-days', '2026-07-12', 3,
     'Order No. 78 para 20 as amended by Order No. 113 of 1 April 2026 (item 4: applies from 12 July 2026): service '
     || 'information updated within 3 working days of approval or change of the rules');

-- The first version of the service information is the standard as amended by Order No. 113, in
-- force from 12 July 2026 (item 4 of the order).
UPDATE service_information SET effective_from = '2026-07-12' WHERE version = 1;

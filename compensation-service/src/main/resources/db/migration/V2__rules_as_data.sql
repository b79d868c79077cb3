-- Numbers the law sets and that change over time are data with the date they take effect from
-- (DOMAIN.md §4, "Rules are data"). One small class reads each table.

-- Monthly calculation index (МРП / MRP) set by the annual republican budget law, in KZT.
CREATE TABLE monthly_calculation_index (
    effective_from date          PRIMARY KEY,
    amount_kzt     numeric(12, 2) NOT NULL CHECK (amount_kzt > 0),
    source         text          NOT NULL
);

INSERT INTO monthly_calculation_index (effective_from, amount_kzt, source) VALUES
    ('2023-01-01', 3450.00, 'MRP for 2023 set by the republican budget law (DOMAIN.md §4)'),
    ('2024-01-01', 3692.00, 'MRP for 2024 set by the republican budget law (DOMAIN.md §4)'),
    ('2025-01-01', 3932.00, 'MRP for 2025 set by the republican budget law (DOMAIN.md §4)'),
    ('2026-01-01', 4325.00, 'MRP for 2026 set by the republican budget law (DOMAIN.md §4)');

-- Rate of a payout programme for one category of recipient: a number of MRP per month counted,
-- optionally capped at a number of MRP in total. A category without a row in force on the filing
-- date gets no amount (the application waits for a decision) rather than an invented one.
CREATE TABLE compensation_rate (
    programme      varchar(40)   NOT NULL,
    category       varchar(40)   NOT NULL,
    effective_from date          NOT NULL,
    mrp_per_month  numeric(8, 4) NOT NULL CHECK (mrp_per_month > 0 AND mrp_per_month <= 1000),
    cap_mrp        numeric(10, 2) CHECK (cap_mrp IS NULL OR cap_mrp > 0),
    source         text          NOT NULL,
    PRIMARY KEY (programme, category, effective_from)
);

INSERT INTO compensation_rate (programme, category, effective_from, mrp_per_month, cap_mrp, source) VALUES
    ('REPRESSION_ONE_TIME', 'REPRESSED', '1993-04-14', 0.7500, 100.00,
     'Law of the RK of 14 April 1993 "On rehabilitation of victims of mass political repressions": '
     || '3/4 MRP for each month of imprisonment, exile, special settlement, labour army or forced '
     || 'psychiatric treatment, at most 100 MRP, at the MRP in force on the filing date');
-- Persons who "suffered from repressions" (children with their parents, or under 18 at the time)
-- are a separate category of the law whose rate is not confirmed: deliberately no row here.

-- Bank directory: the 3-digit bank code inside a Kazakh IBAN (positions 5-7) names the bank.
CREATE TABLE bank (
    code           char(3)      PRIMARY KEY CHECK (code ~ '^[0-9]{3}$'),
    bic            varchar(11)  NOT NULL UNIQUE CHECK (bic ~ '^[A-Z0-9]{8}([A-Z0-9]{3})?$'),
    name           varchar(200) NOT NULL,
    active         boolean      NOT NULL DEFAULT true
);

INSERT INTO bank (code, bic, name) VALUES
    ('070', 'KKMFKZ2A', 'Treasury Committee of the Ministry of Finance'),
    ('125', 'NBRKKZKX', 'National Bank of Kazakhstan'),
    ('250', 'HCSKKZKA', 'Otbasy Bank'),
    ('601', 'HSBKKZKX', 'Halyk Bank'),
    ('722', 'CASPKZKA', 'Kaspi Bank'),
    ('821', 'KINCKZKA', 'Bank RBK'),
    ('826', 'KCJBKZKX', 'Bank CenterCredit'),
    ('886', 'INLMKZKA', 'Home Credit Bank'),
    ('914', 'BRKEKZKA', 'Bereke Bank'),
    ('948', 'EURIKZKA', 'Eurasian Bank'),
    ('965', 'IRTYKZKA', 'ForteBank'),
    ('998', 'TSESKZKA', 'First Heartland Jusan Bank');

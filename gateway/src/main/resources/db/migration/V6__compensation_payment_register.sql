-- The register of one-time compensation payments (DOMAIN.md §2 P3): the payments the authorised
-- organisation made, also before the compensation service existed. Under the rules that Order
-- No. 277 replaced, the payer was the State Corporation "Government for Citizens"; its payment
-- records are a state system, read through the digital-government gateway like the other
-- registries (docs/gateway.md), not re-typed by an operator.
CREATE TABLE compensation_payment (
    id                 bigserial     PRIMARY KEY,
    iin                char(12)      NOT NULL CHECK (iin ~ '^[0-9]{12}$'),
    paid_on            date          NOT NULL,
    amount_kzt         numeric(14, 2) NOT NULL CHECK (amount_kzt > 0),
    payer              text          NOT NULL,
    decision_reference text          NOT NULL
);
CREATE INDEX compensation_payment_iin ON compensation_payment (iin);

-- Named fixture (docs/registry-fixtures.md): Оспанов Төлеген Қайратұлы, exile, 20 months, paid the
-- one-time compensation in 2019, before the system: 20 months x 3/4 x MRP 2019 (2,525 KZT) = 37,875 KZT.
INSERT INTO person (iin, surname, first_name, patronymic, birth_date, sex, citizenship, resident, life_status, death_date) VALUES
    ('340505399133', 'Оспанов', 'Төлеген', 'Қайратұлы', '1934-05-05', 'MALE', 'KAZ', true, 'ALIVE', NULL);
INSERT INTO identity_document (iin, type, number, issuer, issued_on, expires_on) VALUES
    ('340505399133', 'ID_CARD', '099000013', 'ҚР ІІМ', '2022-03-01', '2032-02-28');
INSERT INTO registered_address (iin, region_name, region_kato, district_name, district_kato, settlement_name, settlement_kato, street, building, flat, registered_on) VALUES
    ('340505399133', 'Астана', '710000000', 'Есіл ауданы', '711300000', 'Астана', '711310000', 'Қонаев көшесі', '10', '15', '2001-06-01');
INSERT INTO rehabilitation_record (iin, reference_number, issued_on, issuing_body, repression_kind, months, category) VALUES
    ('340505399133', 'R-1995-099013', '1995-02-20', 'Астана қаласының прокуратурасы', 'EXILE', 20, 'REPRESSED');
INSERT INTO compensation_payment (iin, paid_on, amount_kzt, payer, decision_reference) VALUES
    ('340505399133', '2019-06-14', 37875.00, 'НАО «Государственная корпорация «Правительство для граждан», филиал по г. Астана',
     'Decision No. 11-07/1934 of 2019-06-03');

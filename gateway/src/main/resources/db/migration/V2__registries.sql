-- Simulated "digital government" registries (DOMAIN.md §5). Each table stands for a separate state
-- system; they share this database only because the simulation runs in one application.

-- Directory of local executive bodies (akimats) that provide the certificate service (C6), keyed by
-- the KATO prefix of the territory they govern: 2 digits for the cities of republican significance,
-- 4 digits for districts and cities of regional significance. The competent akimat of an address is
-- the one with the longest prefix of the address's settlement code.
CREATE TABLE akimat (
    code        char(9) PRIMARY KEY,
    kato_prefix varchar(9) NOT NULL UNIQUE,
    kind        varchar(40) NOT NULL CHECK (kind IN ('CITY_OF_REPUBLICAN_SIGNIFICANCE',
                                                    'CITY_OF_REGIONAL_SIGNIFICANCE', 'DISTRICT')),
    name_kk     text NOT NULL,
    name_ru     text NOT NULL,
    region_kato char(9) NOT NULL,
    region_name text NOT NULL,
    -- where residents of this territory live in the synthetic population
    settlement_name text NOT NULL
);

-- State database of individuals.
CREATE TABLE person (
    iin          char(12) PRIMARY KEY CHECK (iin ~ '^[0-9]{12}$'),
    surname      text NOT NULL,
    first_name   text NOT NULL,
    patronymic   text,
    birth_date   date NOT NULL,
    sex          varchar(6) NOT NULL CHECK (sex IN ('MALE', 'FEMALE')),
    citizenship  char(3) NOT NULL,
    resident     boolean NOT NULL,
    life_status  varchar(8) NOT NULL CHECK (life_status IN ('ALIVE', 'DECEASED')),
    death_date   date,
    CHECK ((life_status = 'DECEASED') = (death_date IS NOT NULL))
);

CREATE TABLE identity_document (
    id         bigserial PRIMARY KEY,
    iin        char(12) NOT NULL REFERENCES person (iin),
    type       varchar(20) NOT NULL CHECK (type IN ('ID_CARD', 'PASSPORT')),
    number     varchar(12) NOT NULL UNIQUE,
    issuer     text NOT NULL,
    issued_on  date NOT NULL,
    expires_on date NOT NULL,
    CHECK (expires_on > issued_on)
);
CREATE INDEX identity_document_iin ON identity_document (iin);

-- Address register: registered residence.
CREATE TABLE registered_address (
    iin             char(12) PRIMARY KEY REFERENCES person (iin),
    region_name     text NOT NULL,
    region_kato     char(9) NOT NULL,
    district_name   text,
    district_kato   char(9),
    settlement_name text NOT NULL,
    settlement_kato char(9) NOT NULL,
    street          text NOT NULL,
    building        varchar(20) NOT NULL,
    flat            varchar(20),
    registered_on   date NOT NULL
);

-- Register of rehabilitation references (kept by the prosecutor's office).
CREATE TABLE rehabilitation_record (
    id               bigserial PRIMARY KEY,
    iin              char(12) NOT NULL REFERENCES person (iin),
    reference_number varchar(40) NOT NULL UNIQUE,
    issued_on        date NOT NULL,
    issuing_body     text NOT NULL,
    repression_kind  varchar(40) NOT NULL CHECK (repression_kind IN ('IMPRISONMENT', 'EXILE',
                         'SPECIAL_SETTLEMENT', 'FORCED_LABOUR', 'FORCED_PSYCHIATRIC_TREATMENT')),
    months           integer NOT NULL CHECK (months >= 0),
    category         varchar(30) NOT NULL CHECK (category IN ('REPRESSED', 'SUFFERED_FROM_REPRESSIONS'))
);
CREATE INDEX rehabilitation_record_iin ON rehabilitation_record (iin);

-- Digital documents service: one-time codes a citizen shows in the eGov mobile app.
CREATE TABLE one_time_code (
    code       varchar(6) NOT NULL,
    iin        char(12) NOT NULL REFERENCES person (iin),
    issued_at  timestamptz NOT NULL,
    expires_at timestamptz NOT NULL,
    used_at    timestamptz,
    PRIMARY KEY (iin, code)
);

-- Who asked which registry about whom, for which case, when, and with what outcome.
-- The full IIN stays in this table (an auditor must be able to answer "who looked at me");
-- log lines carry only the masked form.
CREATE TABLE registry_access (
    id             bigserial PRIMARY KEY,
    at             timestamptz NOT NULL,
    calling_system text NOT NULL,
    registry       varchar(30) NOT NULL,
    case_id        text,           -- NULL when the request named no case (and was refused)
    iin            char(12),
    outcome        varchar(20) NOT NULL,
    http_status    integer NOT NULL,
    request_id     text
);
CREATE INDEX registry_access_iin ON registry_access (iin, at);
CREATE INDEX registry_access_case ON registry_access (case_id, at);
CREATE INDEX registry_access_system ON registry_access (calling_system, at);

-- Marks that the deterministic synthetic population has been generated (see SyntheticPopulation).
CREATE TABLE synthetic_population (
    version    integer PRIMARY KEY,
    persons    integer NOT NULL,
    created_at timestamptz NOT NULL
);

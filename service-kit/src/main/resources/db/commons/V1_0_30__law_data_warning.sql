-- One law-data.missing event a day, whatever the number of instances (kz.gov.rehab.commons.lawdata).
CREATE TABLE law_data_warning (
    day     date PRIMARY KEY,
    year    integer NOT NULL,
    missing text    NOT NULL
);

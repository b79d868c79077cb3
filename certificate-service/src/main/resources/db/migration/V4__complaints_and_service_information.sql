-- Complaints about the result (C10, para 18), decided by the authorised body for assessing and
-- controlling the quality of public services.
CREATE TABLE complaint (
    id             uuid        PRIMARY KEY,
    application_id uuid        NOT NULL REFERENCES certificate_application (id),
    filed_at       timestamptz NOT NULL,
    filed_by       text        NOT NULL,
    text           text        NOT NULL,
    status         text        NOT NULL CHECK (status IN ('FILED', 'DECIDED')),
    outcome        text        CHECK (outcome IN ('UPHELD', 'REJECTED')),
    outcome_reason text,
    decided_at     timestamptz,
    decided_by     text,
    version        bigint      NOT NULL DEFAULT 0,
    CONSTRAINT decided_complaint_has_outcome CHECK ((status = 'DECIDED') = (outcome IS NOT NULL AND decided_at IS NOT NULL))
);
CREATE INDEX complaint_open ON complaint (status, filed_at);

-- Information on how the service is delivered (C11, para 20): the service standard, items 1-12,
-- as versions with the date they take effect. Publishing a version notifies the Unified Contact
-- Centre, the provider, the State Corporation and the "digital government" operator.
-- Version 1 is the standard as amended by Order No. 113 of 1 April 2026; it is dated from the
-- order's approval because the publication date (from which the amendments apply after 10
-- calendar days) is not recorded here. update_due_on = approved_on + 3 working days (para 20).
CREATE TABLE service_information (
    version        integer     PRIMARY KEY CHECK (version > 0),
    effective_from date        NOT NULL,
    approved_on    date        NOT NULL,
    update_due_on  date        NOT NULL,
    items          jsonb       NOT NULL,
    published_at   timestamptz NOT NULL,
    published_by   text        NOT NULL
);

INSERT INTO service_information (version, effective_from, approved_on, update_due_on, items, published_at, published_by) VALUES
(1, '2026-04-01', '2026-04-01', '2026-04-06', '[
  {"item": 1,  "title": "Name of the public service", "text": "Issuing a certificate to a rehabilitated person (a certificate, or a duplicate of it)"},
  {"item": 2,  "title": "Ways of providing the service", "text": "Through the State Corporation \"Government for Citizens\""},
  {"item": 3,  "title": "Service provider", "text": "Local executive bodies of the cities of Astana, Almaty and Shymkent, of districts and of cities of regional significance; the competent one follows from the applicant''s registered address"},
  {"item": 4,  "title": "Channel", "text": "Only through the State Corporation"},
  {"item": 5,  "title": "Deadline", "text": "5 (five) working days, the day of acceptance at the State Corporation not counted; waiting to hand in documents at most 15 minutes; service at the State Corporation at most 20 minutes"},
  {"item": 6,  "title": "Form of the result", "text": "Paper"},
  {"item": 7,  "title": "Result", "text": "A certificate to a rehabilitated person, or a duplicate of it (Appendix 2 of Order No. 78), or a reasoned refusal"},
  {"item": 8,  "title": "Fee", "text": "Free of charge"},
  {"item": 9,  "title": "Schedule", "text": "State Corporation: Monday to Friday 9:00-18:00 without a lunch break (duty departments 9:00-20:00 and Saturday 9:00-13:00), except weekends and holidays; electronic queue, slot bookable on the digital government portal"},
  {"item": 10, "title": "Documents", "text": "1) identity card or electronic document from the digital documents service; 2) rehabilitation reference or copy of a court act in legal force; 3) when a representative applies, a notarised document confirming their authority"},
  {"item": 11, "title": "Grounds for refusal", "text": "1) documents or data found unreliable; 2) the applicant or the documents do not meet the requirements of item 10. The applicant is heard before a refusal (para 12)"},
  {"item": 12, "title": "Other requirements", "text": "The applicant learns the procedure and status of the application through the provider''s help services and the Unified Contact Centre 1414, 8-800-080-7777"}
]', '2026-04-01T09:00:00+05:00', 'migration V4');

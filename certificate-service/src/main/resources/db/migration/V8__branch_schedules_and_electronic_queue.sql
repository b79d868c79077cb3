-- The State Corporation's day (standard item 9, items 5.2 and 5.3; DOMAIN.md C5, C13).
-- Read only by kz.gov.rehab.certificate.queue (BranchSchedule, ElectronicQueue).

-- A branch of the State Corporation: the organisation code its API key is bound to, and its kind.
CREATE TABLE branch (
    number  text PRIMARY KEY,
    kind    text NOT NULL CHECK (kind IN ('ORDINARY', 'DUTY')),
    address text NOT NULL
);

INSERT INTO branch (number, kind, address) VALUES
    ('ASTANA-01', 'ORDINARY', 'Астана, Мәңгілік Ел даңғылы 8'),
    ('SC-0101', 'ORDINARY', 'Астана, Қабанбай батыр даңғылы 1'),
    ('SC-0102', 'DUTY', 'Астана, Сарыарқа даңғылы 12');

-- The standard's opening hours per kind of branch, dated: WORKING_DAY is a day the working-day
-- calendar counts as worked, SATURDAY a Saturday it does not (only duty branches open then).
CREATE TABLE branch_opening_hours (
    kind           text NOT NULL CHECK (kind IN ('ORDINARY', 'DUTY')),
    day_type       text NOT NULL CHECK (day_type IN ('WORKING_DAY', 'SATURDAY')),
    effective_from date NOT NULL,
    opens          time NOT NULL,
    closes         time NOT NULL CHECK (closes > opens),
    legal_basis    text NOT NULL,
    PRIMARY KEY (kind, day_type, effective_from)
);

INSERT INTO branch_opening_hours (kind, day_type, effective_from, opens, closes, legal_basis) VALUES
    ('ORDINARY', 'WORKING_DAY', '2026-07-12', '09:00', '18:00',
     'Order No. 78 service standard item 9 as amended by Order No. 113 (item 4): Monday to Friday 9:00-18:00 without a lunch break, except weekends and holidays'),
    ('DUTY', 'WORKING_DAY', '2026-07-12', '09:00', '20:00',
     'Order No. 78 service standard item 9 as amended by Order No. 113 (item 4): duty departments 9:00-20:00'),
    ('DUTY', 'SATURDAY', '2026-07-12', '09:00', '13:00',
     'Order No. 78 service standard item 9 as amended by Order No. 113 (item 4): duty departments on Saturday 9:00-13:00');

-- A branch's own exception for one day: other hours, or closed (opens and closes null).
CREATE TABLE branch_exception (
    branch_number text NOT NULL REFERENCES branch (number),
    day           date NOT NULL,
    opens         time,
    closes        time,
    reason        text NOT NULL,
    PRIMARY KEY (branch_number, day),
    CONSTRAINT branch_exception_hours CHECK ((opens IS NULL AND closes IS NULL) OR (opens IS NOT NULL AND closes > opens))
);

-- Items 5.2 and 5.3: the longest wait to hand in documents and the longest service, in minutes.
INSERT INTO service_rule (name, effective_from, value, legal_basis) VALUES
    ('queue.max-wait-minutes', '2026-07-12', 15,
     'Order No. 78 service standard item 5.2 as amended by Order No. 113 (item 4): the longest wait to hand in documents at the State Corporation is 15 minutes'),
    ('queue.max-service-minutes', '2026-07-12', 20,
     'Order No. 78 service standard item 5.3 as amended by Order No. 113 (item 4): the longest service at the State Corporation is 20 minutes');

-- The electronic queue: a ticket taken at the branch (WALK_IN) or a slot booked through the
-- portal (BOOKED). queued_at is when the ticket joined the queue (taken; for a booking the later of
-- the slot and the arrival): the order of service, and the start of the wait.
CREATE SEQUENCE queue_ticket_serial;
CREATE TABLE queue_ticket (
    id                 uuid PRIMARY KEY,
    number             text NOT NULL UNIQUE,
    branch_number      text NOT NULL REFERENCES branch (number),
    channel            text NOT NULL CHECK (channel IN ('WALK_IN', 'BOOKED')),
    status             text NOT NULL CHECK (status IN ('BOOKED', 'WAITING', 'CALLED', 'SERVED')),
    slot_at            timestamptz,
    taken_at           timestamptz NOT NULL,
    queued_at          timestamptz,
    called_at          timestamptz,
    service_window     text,
    served_at          timestamptz,
    application_number text UNIQUE,
    wait_seconds       bigint,
    service_seconds    bigint,
    wait_breach        boolean NOT NULL DEFAULT false,
    service_breach     boolean NOT NULL DEFAULT false,
    version            bigint NOT NULL DEFAULT 0,
    CONSTRAINT booked_ticket_has_its_slot CHECK (channel <> 'BOOKED' OR slot_at IS NOT NULL)
);
CREATE INDEX queue_ticket_waiting ON queue_ticket (branch_number, status, queued_at);
CREATE INDEX queue_ticket_called ON queue_ticket (branch_number, called_at);

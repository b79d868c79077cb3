-- pgbench baseline for the submit path: the statements certificate-service executes for one
-- accepted application (read off PostgreSQL's statement log), with bodies of the same size.
-- Run on the certificate database: pgbench -n -M prepared -f scripts/bench/submit-path.sql certificate_bench
-- Its outbox rows are written as already published (one more column, the same write): the baseline's
-- rows must not become work for the running service's relay, nor count in the event latency.
\set serial random(1, 1000000000)
-- 1. a stored answer for the Idempotency-Key is looked for (a plain read, no transaction of the service's)
SELECT request_hash, status_code, response_body, location, etag FROM idempotency_record
WHERE scope = 'state-corporation POST /api/v1/certificates/applications' AND idempotency_key = 'pgbench-' || :serial;
-- 2. the key, the application, its stages and their status events, and the stored answer, in one transaction
BEGIN;
INSERT INTO idempotency_record (scope, idempotency_key, request_hash)
VALUES ('state-corporation POST /api/v1/certificates/applications', 'pgbench-' || :serial, repeat('a', 64))
ON CONFLICT DO NOTHING;
SELECT number FROM certificate WHERE holder_iin = '250603407588' AND kind = 'ORIGINAL' FETCH FIRST 1 ROWS ONLY;
SELECT nextval('application_serial') AS n \gset
INSERT INTO certificate_application (id, number, requested, status, applicant_iin, branch_number, akimat_code, akimat_name,
    submitted_at, ready_date, registry_snapshot, intake, receipt, version)
VALUES (gen_random_uuid(), 'PGB-' || :n || '-' || :serial, 'CERTIFICATE', 'UNDER_REVIEW', '250603407588', 'ASTANA-01', '351000000',
    'Қарағанды қаласының әкімдігі', now(), current_date + 7,
    ('{"applicant":{"iin":"250603407588","surname":"Оспанова","firstName":"Динара","patronymic":"Қайратовна","birthDate":"1925-06-03","lifeStatus":"ALIVE"},"pad":"' || repeat('x', 600) || '"}')::jsonb,
    ('{"request":{"branch":{"number":"ASTANA-01"},"pad":"' || repeat('x', 700) || '"}}')::jsonb,
    ('{"kind":"ACCEPTANCE","pad":"' || repeat('x', 800) || '"}')::jsonb, 0)
RETURNING id AS app \gset
INSERT INTO application_stage (application_id, stage, status, occurred_at, actor) VALUES (:app, 'submitted', 'UNDER_REVIEW', now(), 'state-corporation');
INSERT INTO outbox_event (id, application_id, application_number, type, source, topic, occurred_at, request_id, data, published_at)
VALUES (gen_random_uuid(), :app, 'PGB', 'kz.gov.rehab-certificate.application.submitted', '/kz/gov/rehab/certificate-service',
    'rehab.certificate.status', now(), 'pgbench', ('{"stage":"submitted","pad":"' || repeat('x', 400) || '"}')::jsonb, now());
INSERT INTO application_stage (application_id, stage, status, occurred_at, actor) VALUES (:app, 'accepted', 'UNDER_REVIEW', now(), 'state-corporation');
INSERT INTO outbox_event (id, application_id, application_number, type, source, topic, occurred_at, request_id, data, published_at)
VALUES (gen_random_uuid(), :app, 'PGB', 'kz.gov.rehab-certificate.application.accepted', '/kz/gov/rehab/certificate-service',
    'rehab.certificate.status', now(), 'pgbench', ('{"stage":"accepted","pad":"' || repeat('x', 400) || '"}')::jsonb, now());
INSERT INTO application_stage (application_id, stage, status, occurred_at, actor) VALUES (:app, 'routed', 'UNDER_REVIEW', now(), 'state-corporation');
INSERT INTO outbox_event (id, application_id, application_number, type, source, topic, occurred_at, request_id, data, published_at)
VALUES (gen_random_uuid(), :app, 'PGB', 'kz.gov.rehab-certificate.application.routed', '/kz/gov/rehab/certificate-service',
    'rehab.certificate.status', now(), 'pgbench', ('{"stage":"routed","pad":"' || repeat('x', 400) || '"}')::jsonb, now());
SELECT id, stage, status, occurred_at, actor FROM application_stage WHERE application_id = :app ORDER BY id;
UPDATE idempotency_record SET status_code = 201, response_body = repeat('x', 2000), completed_at = now()
WHERE scope = 'state-corporation POST /api/v1/certificates/applications' AND idempotency_key = 'pgbench-' || :serial;
COMMIT;

-- One stage vocabulary (docs/events.md): a stage is named in lower-case kebab-case words, the same
-- in the application's history, in these rows and in the status events (DATA_CHECKED and the
-- events' data_checked are now data-checked).
UPDATE application_stage SET stage = lower(replace(stage, '_', '-')) WHERE stage <> lower(replace(stage, '_', '-'));

-- Events still waiting in the outbox leave with the new names: the stage in their data, and the
-- event types whose last part was two dot-separated words (application.data.checked is now
-- application.data-checked). Published rows are history and stay as they were sent.
UPDATE outbox_event
   SET data = jsonb_set(data, '{stage}', to_jsonb(replace(data->>'stage', '_', '-')))
 WHERE published_at IS NULL AND data->>'stage' LIKE '%\_%';
UPDATE outbox_event
   SET type = regexp_replace(type, '\.application\.(data|awaiting)\.([a-z]+)$', '.application.\1-\2')
 WHERE published_at IS NULL AND type ~ '\.application\.(data|awaiting)\.[a-z]+$';

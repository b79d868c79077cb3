-- One stage vocabulary (docs/events.md): a stage is named in lower-case kebab-case words, the same
-- in the application's history, in these rows and in the status events (REFUSED_AT_INTAKE is now
-- refused-at-intake, as its events always said).
UPDATE application_stage SET stage = lower(replace(stage, '_', '-')) WHERE stage <> lower(replace(stage, '_', '-'));

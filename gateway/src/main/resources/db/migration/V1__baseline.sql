-- Baseline of this application's own database. Later migrations add the tables of each feature.
COMMENT ON SCHEMA public IS 'Owned by one application only: no table here is shared with another service.';

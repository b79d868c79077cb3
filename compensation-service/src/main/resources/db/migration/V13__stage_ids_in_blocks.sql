-- The service takes the ids of application_stage from its sequence 50 at a time (Hibernate's
-- pooled-lo optimizer), so that the stages of one transaction go to the database in one JDBC
-- batch. A plain INSERT using the column default still gets an id outside every block handed out.
ALTER SEQUENCE application_stage_id_seq INCREMENT BY 50;

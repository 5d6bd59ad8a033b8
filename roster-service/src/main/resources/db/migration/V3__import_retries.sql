-- A job the server failed can be run again with the same Idempotency-Key: the key moves to the
-- new job, which remembers the one it retries.
ALTER TABLE import_job ADD COLUMN retry_of UUID REFERENCES import_job (id);

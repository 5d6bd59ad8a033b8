-- An Idempotency-Key belongs to its caller (token issuer and subject): the same key sent by
-- another caller is another key. Keys stored before this migration have no known owner and can
-- no longer be replayed by anyone.
ALTER TABLE import_job ADD COLUMN idempotency_owner TEXT;
UPDATE import_job SET idempotency_owner = '(unknown)' WHERE idempotency_key IS NOT NULL;
ALTER TABLE import_job DROP CONSTRAINT import_job_idempotency_key_key;
CREATE UNIQUE INDEX import_job_idempotency_key_per_owner ON import_job (idempotency_owner, idempotency_key)
    WHERE idempotency_key IS NOT NULL;

-- An Idempotency-Key belongs to its caller (token issuer and subject): the same key sent by
-- another caller is another key. Keys stored before this migration have no known owner and can
-- no longer be replayed by anyone.
ALTER TABLE case_file ADD COLUMN idempotency_owner TEXT;
UPDATE case_file SET idempotency_owner = '(unknown)' WHERE idempotency_key IS NOT NULL;
ALTER TABLE case_file DROP CONSTRAINT case_file_idempotency_key_key;
CREATE UNIQUE INDEX case_file_idempotency_key_per_owner ON case_file (idempotency_owner, idempotency_key)
    WHERE idempotency_key IS NOT NULL;

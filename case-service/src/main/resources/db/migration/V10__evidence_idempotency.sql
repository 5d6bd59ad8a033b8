-- An evidence upload may carry an Idempotency-Key, its sender's own: a retried upload stores the
-- file once.
ALTER TABLE evidence_file ADD COLUMN idempotency_owner TEXT;
ALTER TABLE evidence_file ADD COLUMN idempotency_key VARCHAR(200);
CREATE UNIQUE INDEX evidence_file_idempotency_key_per_owner ON evidence_file (idempotency_owner, idempotency_key)
    WHERE idempotency_key IS NOT NULL;

-- A pledge recorded again under the same Idempotency-Key (a retried request, a form sent twice)
-- answers with the first one instead of recording a second pledge of the same day. A key is its
-- caller's own, as for imports (V9); the body's hash tells a retry from another pledge.
ALTER TABLE pledge ADD COLUMN idempotency_key VARCHAR(200);
ALTER TABLE pledge ADD COLUMN idempotency_owner TEXT;
ALTER TABLE pledge ADD COLUMN request_sha256 CHAR(64);
CREATE UNIQUE INDEX pledge_idempotency_key_per_owner ON pledge (idempotency_owner, idempotency_key)
    WHERE idempotency_key IS NOT NULL;

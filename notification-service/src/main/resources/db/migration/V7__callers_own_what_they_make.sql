-- A webhook subscription belongs to the client that created it (token issuer and subject); only
-- it and admins may read or change it. Subscriptions made before this have no recorded owner and
-- are left to admins. Payloads to a portal's subscription are masked (personal_data false).
ALTER TABLE subscription ADD COLUMN owner TEXT;
ALTER TABLE subscription ADD COLUMN personal_data BOOLEAN NOT NULL DEFAULT FALSE;
CREATE INDEX subscription_owner ON subscription (owner, created_at DESC) WHERE deleted_at IS NULL;

-- A retried broadcast request with the same Idempotency-Key sends nothing again; a key is unique
-- per caller only.
ALTER TABLE broadcast ADD COLUMN idempotency_key VARCHAR(200);
ALTER TABLE broadcast ADD COLUMN idempotency_owner TEXT;
ALTER TABLE broadcast ADD COLUMN request_sha256 VARCHAR(64);
CREATE UNIQUE INDEX broadcast_idempotency_key_per_owner ON broadcast (idempotency_owner, idempotency_key)
    WHERE idempotency_key IS NOT NULL;

-- Notices to a client (a paused subscription) are addressed to its owner, not to a bare subject
-- that an employee's key could equal. Those addressed to a bare subject before cannot be matched
-- to an owner and stay unread by anyone (their mail went out).
UPDATE inbox_item SET recipient_key = left('(unknown) ' || recipient_key, 200) WHERE kind = 'SUBSCRIPTION_PAUSED' AND recipient_key IS NOT NULL;

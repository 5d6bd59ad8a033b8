-- Every e-mail the service sends, as sent, with its fate: the log an admin reads, and the queue the
-- mail dispatcher works through (claimed with FOR UPDATE SKIP LOCKED, leased like webhook deliveries).
-- An address unknown when the mail is queued is looked up in the roster at sending time.
CREATE TABLE email_message (
    id              UUID         PRIMARY KEY,
    recipient_key   VARCHAR(200),
    address         VARCHAR(254),
    subject         VARCHAR(300) NOT NULL,
    html            TEXT         NOT NULL,
    kind            VARCHAR(24)  NOT NULL,
    region_code     VARCHAR(13)  NOT NULL,
    inbox_item_id   UUID         REFERENCES inbox_item (id),
    status          VARCHAR(10)  NOT NULL CHECK (status IN ('PENDING', 'RETRYING', 'SENT', 'DEAD', 'NO_ADDRESS')),
    attempts        INTEGER      NOT NULL DEFAULT 0,
    next_attempt_at TIMESTAMPTZ  NOT NULL,
    last_error      VARCHAR(500),
    created_at      TIMESTAMPTZ  NOT NULL,
    sent_at         TIMESTAMPTZ,
    CHECK (recipient_key IS NOT NULL OR address IS NOT NULL)
);
CREATE INDEX email_due ON email_message (next_attempt_at) WHERE status IN ('PENDING', 'RETRYING');
CREATE INDEX email_log ON email_message (region_code, created_at DESC);

-- Where the owner of a subscription hears that it was paused, besides the inbox.
ALTER TABLE subscription ADD COLUMN contact_email VARCHAR(254);

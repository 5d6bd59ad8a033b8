-- Appeals (imbauan) and circular letters to every ASN of an audience. The request only records the
-- broadcast; a worker walks the roster a page at a time (keyset, cursor kept here), so no request
-- thread waits and memory does not grow with the audience. Claimed with SKIP LOCKED and leased.
CREATE TABLE broadcast (
    id                       UUID         PRIMARY KEY,
    title                    VARCHAR(300) NOT NULL,
    body                     TEXT         NOT NULL,
    audience_agency          VARCHAR(40),
    audience_unit            VARCHAR(40),
    audience_region          VARCHAR(13)  NOT NULL,
    audience_type            VARCHAR(8),
    requires_acknowledgement BOOLEAN      NOT NULL,
    status                   VARCHAR(10)  NOT NULL CHECK (status IN ('QUEUED', 'RUNNING', 'COMPLETED', 'FAILED')),
    audience_size            INTEGER,
    cursor                   VARCHAR(80),
    attempts                 INTEGER      NOT NULL DEFAULT 0,
    next_attempt_at          TIMESTAMPTZ  NOT NULL,
    last_error               VARCHAR(500),
    created_at               TIMESTAMPTZ  NOT NULL,
    created_by               VARCHAR(200) NOT NULL,
    created_by_role          VARCHAR(20)  NOT NULL,
    completed_at             TIMESTAMPTZ
);
CREATE INDEX broadcast_due ON broadcast (next_attempt_at) WHERE status IN ('QUEUED', 'RUNNING');
CREATE INDEX broadcast_region ON broadcast (audience_region, created_at DESC);

ALTER TABLE inbox_item ADD COLUMN broadcast_id UUID REFERENCES broadcast (id);
ALTER TABLE inbox_item ADD COLUMN recipient_name VARCHAR(200);
ALTER TABLE inbox_item ADD COLUMN recipient_unit VARCHAR(40);
-- one notice per recipient of a broadcast, however often a page is retried
CREATE UNIQUE INDEX inbox_once_per_broadcast ON inbox_item (broadcast_id, recipient_key) WHERE broadcast_id IS NOT NULL;
CREATE INDEX email_of_inbox_item ON email_message (inbox_item_id);

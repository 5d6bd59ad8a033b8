-- The event codes are the ones case-service publishes and portals subscribe to. The codes of V1
-- were a first sketch no service ever sent, so they are replaced, not kept beside.
DELETE FROM event_type;
INSERT INTO event_type (code, description_id, description_en) VALUES
 ('case.registered', 'Laporan atau temuan dugaan pelanggaran netralitas ASN telah diregistrasi',
  'A report or finding of a suspected ASN neutrality breach was registered'),
 ('case.status-changed', 'Perkara berpindah tahap penanganan (kajian, penerusan, rekomendasi, putusan, pelaksanaan sanksi)',
  'A case moved along the handling chain (review, forwarding, recommendation, decision, execution)'),
 ('case.deadline-approaching', 'Batas waktu suatu tahap penanganan segera berakhir',
  'A deadline of the handling chain is about to pass'),
 ('case.overdue', 'Batas waktu suatu tahap penanganan terlampaui', 'A deadline of the handling chain passed'),
 ('takedown.requested', 'ASN ditandai dalam konten kampanye dan diminta menurunkannya',
  'An ASN was tagged in campaign content and is asked to have it removed'),
 ('broadcast.published', 'Imbauan atau surat edaran netralitas diterbitkan',
  'A neutrality appeal or circular letter was published'),
 ('subscription.paused', 'Langganan webhook dijeda karena pengiriman terus gagal',
  'A webhook subscription was paused because its deliveries kept failing');

-- Events as received, once each: the id is the sender's, so a retried event is stored once.
CREATE TABLE event (
    id          UUID         PRIMARY KEY,
    type        VARCHAR(64)  NOT NULL REFERENCES event_type (code),
    occurred_at TIMESTAMPTZ  NOT NULL,
    region_code VARCHAR(13)  NOT NULL,
    agency_code VARCHAR(40),
    data        JSONB        NOT NULL,
    received_at TIMESTAMPTZ  NOT NULL,
    received_from VARCHAR(200) NOT NULL
);
CREATE INDEX event_received_at ON event (received_at);

-- A portal's webhook endpoint. The secret signs deliveries (Standard Webhooks, whsec_<base64>); the
-- previous one keeps signing until previous_secret_until, so a receiver can switch without a gap.
CREATE TABLE subscription (
    id                    UUID          PRIMARY KEY,
    url                   VARCHAR(2000) NOT NULL,
    events                VARCHAR(64)[] NOT NULL,
    region_code           VARCHAR(13)   NOT NULL,
    secret                VARCHAR(200)  NOT NULL,
    previous_secret       VARCHAR(200),
    previous_secret_until TIMESTAMPTZ,
    status                VARCHAR(10)   NOT NULL CHECK (status IN ('ACTIVE', 'PAUSED')),
    paused_at             TIMESTAMPTZ,
    paused_reason         VARCHAR(500),
    last_success_at       TIMESTAMPTZ,
    created_at            TIMESTAMPTZ   NOT NULL,
    created_by            VARCHAR(200)  NOT NULL,
    deleted_at            TIMESTAMPTZ,
    deleted_by            VARCHAR(200),
    version               INTEGER       NOT NULL DEFAULT 0
);
CREATE INDEX subscription_live ON subscription (region_code) WHERE deleted_at IS NULL;

-- One event to one subscription. PENDING and RETRYING rows are due at next_attempt_at; a
-- dispatcher claims them with FOR UPDATE SKIP LOCKED and moves next_attempt_at past a lease, so a
-- pod that dies mid-delivery leaves the row due again once the lease has run out.
CREATE TABLE delivery (
    id               UUID        PRIMARY KEY,
    event_id         UUID        NOT NULL REFERENCES event (id),
    subscription_id  UUID        NOT NULL REFERENCES subscription (id),
    status           VARCHAR(10) NOT NULL CHECK (status IN ('PENDING', 'RETRYING', 'SUCCEEDED', 'DEAD', 'CANCELLED')),
    attempts         INTEGER     NOT NULL DEFAULT 0,
    next_attempt_at  TIMESTAMPTZ NOT NULL,
    created_at       TIMESTAMPTZ NOT NULL,
    completed_at     TIMESTAMPTZ,
    replay_of        UUID        REFERENCES delivery (id),
    requested_by     VARCHAR(200)
);
CREATE INDEX delivery_due ON delivery (next_attempt_at) WHERE status IN ('PENDING', 'RETRYING');
CREATE INDEX delivery_of_subscription ON delivery (subscription_id, created_at DESC);
CREATE INDEX delivery_of_event ON delivery (event_id);

-- Every attempt, kept: what the receiver answered, how long it took, what went wrong.
CREATE TABLE delivery_attempt (
    delivery_id  UUID         NOT NULL REFERENCES delivery (id),
    number       INTEGER      NOT NULL,
    attempted_at TIMESTAMPTZ  NOT NULL,
    status_code  INTEGER,
    latency_ms   INTEGER      NOT NULL,
    error        VARCHAR(500),
    PRIMARY KEY (delivery_id, number)
);

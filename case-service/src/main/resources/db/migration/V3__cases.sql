-- Cases: a Bawaslu finding or a public report about one reported person and one act. The region,
-- agency and PPK come from the roster (never from the caller); the classification is the rules
-- answer as given, with the catalog version that gave it, so a later catalog never alters a case.
CREATE TABLE case_file (
    id                UUID         PRIMARY KEY,
    tracking_code     VARCHAR(16)  NOT NULL UNIQUE,
    source            VARCHAR(16)  NOT NULL CHECK (source IN ('FINDING', 'PUBLIC_REPORT')),
    status            VARCHAR(20)  NOT NULL,
    resolution        VARCHAR(10)  NOT NULL CHECK (resolution IN ('RESOLVED', 'PENDING')),
    election          VARCHAR(40),
    election_type     VARCHAR(16)  CHECK (election_type IN ('GENERAL', 'REGIONAL')),
    act               VARCHAR(48)  NOT NULL,
    facts             JSONB        NOT NULL DEFAULT '{}',
    reporter          JSONB,
    reported          JSONB        NOT NULL,
    employee_key      VARCHAR(120),
    agency_code       VARCHAR(40),
    region_code       VARCHAR(13),
    intake_region     VARCHAR(13)  NOT NULL,
    time_zone         VARCHAR(20)  NOT NULL,
    occurred_at       TIMESTAMPTZ  NOT NULL,
    occurred_on       DATE         NOT NULL,
    known_at          TIMESTAMPTZ  NOT NULL,
    place             VARCHAR(300),
    description       TEXT,
    witnesses         JSONB        NOT NULL DEFAULT '[]',
    evidence          JSONB        NOT NULL DEFAULT '[]',
    post_url          VARCHAR(500),
    classification    JSONB,
    catalog_version   INTEGER,
    missing           TEXT[]       NOT NULL DEFAULT '{}',
    deadlines         JSONB        NOT NULL DEFAULT '[]',
    duplicate_of      UUID         REFERENCES case_file (id),
    idempotency_key   VARCHAR(200) UNIQUE,
    request_sha256    VARCHAR(64),
    resolve_attempts  INTEGER      NOT NULL DEFAULT 0,
    next_resolve_at   TIMESTAMPTZ,
    audit_head        VARCHAR(64)  NOT NULL,
    version           INTEGER      NOT NULL DEFAULT 0,
    created_at        TIMESTAMPTZ  NOT NULL,
    created_by        VARCHAR(200) NOT NULL,
    created_role      VARCHAR(20)  NOT NULL,
    updated_at        TIMESTAMPTZ  NOT NULL
);
CREATE INDEX case_file_region ON case_file (region_code);
CREATE INDEX case_file_intake_region ON case_file (intake_region);
CREATE INDEX case_file_status ON case_file (status);
CREATE INDEX case_file_pending ON case_file (next_resolve_at) WHERE resolution = 'PENDING';
-- duplicates: the same post about the same person while a case is open
CREATE INDEX case_file_post ON case_file (post_url, employee_key) WHERE post_url IS NOT NULL AND duplicate_of IS NULL;

-- The audit trail: append-only, each event holding the hash of the one before it on the same case,
-- so an event changed or removed in the database breaks the chain (GET .../audit/verify).
CREATE TABLE case_event (
    id         BIGSERIAL    PRIMARY KEY,
    case_id    UUID         NOT NULL REFERENCES case_file (id),
    seq        INTEGER      NOT NULL,
    at         TIMESTAMPTZ  NOT NULL,
    actor      VARCHAR(200) NOT NULL,
    role       VARCHAR(20)  NOT NULL,
    action     VARCHAR(40)  NOT NULL,
    before     JSONB,
    after      JSONB,
    prev_hash  VARCHAR(64)  NOT NULL,
    hash       VARCHAR(64)  NOT NULL,
    UNIQUE (case_id, seq)
);

-- The transactional outbox: written with the state change it reports, relayed to
-- notification-service with retries; an event keeps its id across retries.
CREATE TABLE outbox_event (
    id              UUID         PRIMARY KEY,
    type            VARCHAR(60)  NOT NULL,
    occurred_at     TIMESTAMPTZ  NOT NULL,
    region_code     VARCHAR(13),
    agency_code     VARCHAR(40),
    data            JSONB        NOT NULL,
    delivered_at    TIMESTAMPTZ,
    attempts        INTEGER      NOT NULL DEFAULT 0,
    next_attempt_at TIMESTAMPTZ  NOT NULL,
    last_error      TEXT
);
CREATE INDEX outbox_event_due ON outbox_event (next_attempt_at) WHERE delivered_at IS NULL;

-- Days that do not count as working days: national holidays and collective leave (cuti bersama),
-- and election days declared holidays. Data an admin keeps, not code.
CREATE TABLE holiday (
    day  DATE         PRIMARY KEY,
    name VARCHAR(200) NOT NULL,
    kind VARCHAR(20)  NOT NULL CHECK (kind IN ('NATIONAL', 'COLLECTIVE_LEAVE', 'ELECTION'))
);

-- 2024, per the joint decree of the ministers on national holidays and collective leave, and the
-- presidential decrees making the two vote days holidays. Later years are added by an admin.
INSERT INTO holiday (day, name, kind) VALUES
 ('2024-01-01', 'Tahun Baru 2024 Masehi', 'NATIONAL'),
 ('2024-02-08', 'Isra Mikraj Nabi Muhammad SAW', 'NATIONAL'),
 ('2024-02-09', 'Cuti bersama Tahun Baru Imlek', 'COLLECTIVE_LEAVE'),
 ('2024-02-10', 'Tahun Baru Imlek 2575 Kongzili', 'NATIONAL'),
 ('2024-02-14', 'Hari pemungutan suara Pemilu 2024', 'ELECTION'),
 ('2024-03-11', 'Hari Suci Nyepi Tahun Baru Saka 1946', 'NATIONAL'),
 ('2024-03-12', 'Cuti bersama Hari Suci Nyepi', 'COLLECTIVE_LEAVE'),
 ('2024-03-29', 'Wafat Yesus Kristus', 'NATIONAL'),
 ('2024-03-31', 'Hari Paskah', 'NATIONAL'),
 ('2024-04-08', 'Cuti bersama Idul Fitri', 'COLLECTIVE_LEAVE'),
 ('2024-04-09', 'Cuti bersama Idul Fitri', 'COLLECTIVE_LEAVE'),
 ('2024-04-10', 'Hari Raya Idul Fitri 1445 H', 'NATIONAL'),
 ('2024-04-11', 'Hari Raya Idul Fitri 1445 H', 'NATIONAL'),
 ('2024-04-12', 'Cuti bersama Idul Fitri', 'COLLECTIVE_LEAVE'),
 ('2024-04-15', 'Cuti bersama Idul Fitri', 'COLLECTIVE_LEAVE'),
 ('2024-05-01', 'Hari Buruh Internasional', 'NATIONAL'),
 ('2024-05-09', 'Kenaikan Yesus Kristus', 'NATIONAL'),
 ('2024-05-10', 'Cuti bersama Kenaikan Yesus Kristus', 'COLLECTIVE_LEAVE'),
 ('2024-05-23', 'Hari Raya Waisak 2568 BE', 'NATIONAL'),
 ('2024-05-24', 'Cuti bersama Hari Raya Waisak', 'COLLECTIVE_LEAVE'),
 ('2024-06-01', 'Hari Lahir Pancasila', 'NATIONAL'),
 ('2024-06-17', 'Hari Raya Idul Adha 1445 H', 'NATIONAL'),
 ('2024-06-18', 'Cuti bersama Idul Adha', 'COLLECTIVE_LEAVE'),
 ('2024-07-07', 'Tahun Baru Islam 1446 H', 'NATIONAL'),
 ('2024-08-17', 'Hari Kemerdekaan Republik Indonesia', 'NATIONAL'),
 ('2024-09-16', 'Maulid Nabi Muhammad SAW', 'NATIONAL'),
 ('2024-11-27', 'Hari pemungutan suara Pilkada serentak 2024', 'ELECTION'),
 ('2024-12-25', 'Hari Raya Natal', 'NATIONAL'),
 ('2024-12-26', 'Cuti bersama Hari Raya Natal', 'COLLECTIVE_LEAVE');

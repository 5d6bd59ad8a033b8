-- The history of legal facts (FactHistory in common): append-only, one hash chain per subject,
-- each entry holding the hash of the one before it; fact_head keeps each chain's last hash and
-- length, so entries cut off the end are found too (GET .../history/verify).
-- Written once for the services that keep one (roster, case), which add db/common to their
-- Flyway locations. Repeatable: Flyway runs it again whenever it changes, so every statement
-- must be safe to run on a database that already has the tables.
CREATE TABLE IF NOT EXISTS fact_history (
    subject_type VARCHAR(40)  NOT NULL,
    subject_key  VARCHAR(200) NOT NULL,
    seq          INT          NOT NULL,
    at           TIMESTAMPTZ  NOT NULL,
    actor        VARCHAR(200) NOT NULL,
    role         VARCHAR(40)  NOT NULL,
    action       VARCHAR(60)  NOT NULL,
    region_code  VARCHAR(13),
    before       JSONB,
    after        JSONB,
    prev_hash    VARCHAR(64)  NOT NULL,
    hash         VARCHAR(64)  NOT NULL,
    PRIMARY KEY (subject_type, subject_key, seq)
);

CREATE TABLE IF NOT EXISTS fact_head (
    subject_type VARCHAR(40)  NOT NULL,
    subject_key  VARCHAR(200) NOT NULL,
    length       INT          NOT NULL,
    hash         VARCHAR(64)  NOT NULL,
    PRIMARY KEY (subject_type, subject_key)
);

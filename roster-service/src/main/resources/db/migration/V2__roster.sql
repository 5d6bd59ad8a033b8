-- Agencies, their work units (OPD), employees and everything hung on an employee. Every row that a
-- regional caller may see carries the region code it belongs to, so that scope checks are one
-- indexed prefix predicate ("region_code = X or region_code like 'X.%'").
CREATE EXTENSION IF NOT EXISTS pg_trgm;

CREATE TABLE agency (
    code        VARCHAR(40)  PRIMARY KEY,
    name        VARCHAR(200) NOT NULL,
    region_code VARCHAR(13)  NOT NULL REFERENCES region (code),
    ppk_name    VARCHAR(200) NOT NULL,
    ppk_office  VARCHAR(200) NOT NULL,
    created_at  TIMESTAMPTZ  NOT NULL,
    created_by  VARCHAR(200) NOT NULL
);
CREATE INDEX agency_region ON agency (region_code text_pattern_ops);

CREATE TABLE work_unit (
    agency_code VARCHAR(40)  NOT NULL REFERENCES agency (code),
    code        VARCHAR(40)  NOT NULL,
    name        VARCHAR(200) NOT NULL,
    parent_code VARCHAR(40),
    created_at  TIMESTAMPTZ  NOT NULL,
    PRIMARY KEY (agency_code, code),
    FOREIGN KEY (agency_code, parent_code) REFERENCES work_unit (agency_code, code)
);

-- PNS and PPPK are keyed by NIP; non-ASN staff by their agency staff number.
CREATE TABLE employee (
    id              BIGSERIAL    PRIMARY KEY,
    nip             VARCHAR(18)  UNIQUE,
    staff_number    VARCHAR(40),
    name            VARCHAR(200) NOT NULL,
    employment_type VARCHAR(8)   NOT NULL CHECK (employment_type IN ('PNS', 'PPPK', 'NON_ASN')),
    agency_code     VARCHAR(40)  NOT NULL REFERENCES agency (code),
    unit_code       VARCHAR(40)  NOT NULL,
    position        VARCHAR(200) NOT NULL,
    rank            VARCHAR(8),
    status          VARCHAR(10)  NOT NULL CHECK (status IN ('ACTIVE', 'RETIRED', 'DISMISSED')),
    region_code     VARCHAR(13)  NOT NULL,
    version         INTEGER      NOT NULL DEFAULT 0,
    created_at      TIMESTAMPTZ  NOT NULL DEFAULT now(),
    updated_at      TIMESTAMPTZ  NOT NULL DEFAULT now(),
    FOREIGN KEY (agency_code, unit_code) REFERENCES work_unit (agency_code, code),
    CHECK ((employment_type = 'NON_ASN') = (nip IS NULL)),
    CHECK (employment_type <> 'NON_ASN' OR staff_number IS NOT NULL),
    CHECK (employment_type = 'PNS' OR rank IS NULL)
);
CREATE UNIQUE INDEX employee_staff_number ON employee (agency_code, staff_number) WHERE staff_number IS NOT NULL;
CREATE INDEX employee_region ON employee (region_code text_pattern_ops);
CREATE INDEX employee_agency_unit ON employee (agency_code, unit_code);
-- Name search must stay fast on millions of rows: trigram index for "contains" searches.
CREATE INDEX employee_name_trgm ON employee USING gin (lower(name) gin_trgm_ops);

-- One account belongs to one person: (platform, normalised handle) is unique.
CREATE TABLE social_account (
    id          BIGSERIAL    PRIMARY KEY,
    employee_id BIGINT       NOT NULL REFERENCES employee (id) ON DELETE CASCADE,
    platform    VARCHAR(10)  NOT NULL,
    handle      VARCHAR(300) NOT NULL,
    url         VARCHAR(1000),
    created_at  TIMESTAMPTZ  NOT NULL DEFAULT now(),
    created_by  VARCHAR(200) NOT NULL,
    UNIQUE (platform, handle)
);
CREATE INDEX social_account_employee ON social_account (employee_id);

-- SE Menpan RB 18/2023: an ASN whose husband or wife (or other relative) is a candidate.
CREATE TABLE family_candidacy (
    id             BIGSERIAL    PRIMARY KEY,
    employee_id    BIGINT       NOT NULL REFERENCES employee (id) ON DELETE CASCADE,
    relation       VARCHAR(8)   NOT NULL CHECK (relation IN ('SPOUSE', 'PARENT', 'CHILD', 'SIBLING', 'OTHER')),
    candidate_name VARCHAR(200) NOT NULL,
    election_code  VARCHAR(40)  NOT NULL,
    office         VARCHAR(200) NOT NULL,
    party          VARCHAR(200),
    region_code    VARCHAR(13)  NOT NULL,
    created_at     TIMESTAMPTZ  NOT NULL DEFAULT now(),
    created_by     VARCHAR(200) NOT NULL
);
CREATE INDEX family_candidacy_relation_region ON family_candidacy (relation, region_code text_pattern_ops);
CREATE INDEX family_candidacy_employee ON family_candidacy (employee_id);

-- Neutrality pledges (ikrar) signed collectively by the ASN of an agency.
CREATE TABLE pledge (
    id             BIGSERIAL    PRIMARY KEY,
    agency_code    VARCHAR(40)  NOT NULL REFERENCES agency (code),
    pledged_on     DATE         NOT NULL,
    place          VARCHAR(200) NOT NULL,
    text_reference VARCHAR(300) NOT NULL,
    region_code    VARCHAR(13)  NOT NULL,
    created_at     TIMESTAMPTZ  NOT NULL DEFAULT now(),
    created_by     VARCHAR(200) NOT NULL
);

CREATE TABLE pledge_signature (
    pledge_id   BIGINT      NOT NULL REFERENCES pledge (id) ON DELETE CASCADE,
    employee_id BIGINT      NOT NULL REFERENCES employee (id) ON DELETE CASCADE,
    signed_at   TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (pledge_id, employee_id)
);
CREATE INDEX pledge_signature_employee ON pledge_signature (employee_id);

-- Bulk imports run as jobs; the request returns at once and callers poll the job.
CREATE TABLE import_job (
    id              UUID         PRIMARY KEY,
    status          VARCHAR(10)  NOT NULL CHECK (status IN ('QUEUED', 'RUNNING', 'COMPLETED', 'FAILED')),
    scope           VARCHAR(13)  NOT NULL,
    sha256          VARCHAR(64)  NOT NULL,
    idempotency_key VARCHAR(200) UNIQUE,
    total           BIGINT       NOT NULL DEFAULT 0,
    processed       BIGINT       NOT NULL DEFAULT 0,
    inserted        BIGINT       NOT NULL DEFAULT 0,
    updated         BIGINT       NOT NULL DEFAULT 0,
    rejected        BIGINT       NOT NULL DEFAULT 0,
    errors          JSONB        NOT NULL DEFAULT '[]',
    failure         TEXT,
    created_at      TIMESTAMPTZ  NOT NULL,
    created_by      VARCHAR(200) NOT NULL,
    heartbeat_at    TIMESTAMPTZ  NOT NULL,
    finished_at     TIMESTAMPTZ
);

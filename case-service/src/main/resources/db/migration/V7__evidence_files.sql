-- Evidence uploaded to a case: screenshots, videos, documents. The SHA-256 is computed when the
-- file arrives and can be recomputed from the stored bytes at any time (GET .../verify); the bytes
-- live here (content) or in a configured directory (stored_path), never both.
CREATE TABLE evidence_file (
    id           UUID         PRIMARY KEY,
    case_id      UUID         NOT NULL REFERENCES case_file (id),
    kind         VARCHAR(12)  NOT NULL CHECK (kind IN ('SCREENSHOT', 'VIDEO', 'DOCUMENT')),
    file_name    VARCHAR(255) NOT NULL,
    content_type VARCHAR(100) NOT NULL,
    size_bytes   BIGINT       NOT NULL,
    sha256       CHAR(64)     NOT NULL,
    captured_at  TIMESTAMPTZ,
    description  VARCHAR(1000),
    added_by     VARCHAR(200) NOT NULL,
    added_role   VARCHAR(20)  NOT NULL,
    added_at     TIMESTAMPTZ  NOT NULL,
    content      BYTEA,
    stored_path  VARCHAR(500),
    CHECK ((content IS NULL) <> (stored_path IS NULL))
);
CREATE INDEX evidence_file_of_case ON evidence_file (case_id, added_at);

-- The in-app inbox. An item is for a person (the token's sub: an ASN's employee key, an officer's or a
-- portal's subject) or for an office (a role within a region, and for a PPK or BKPP an agency), whose
-- members share its read and acknowledged state.
CREATE TABLE inbox_item (
    id                       UUID         PRIMARY KEY,
    recipient_key            VARCHAR(200),
    recipient_role           VARCHAR(20),
    recipient_region         VARCHAR(13),
    recipient_agency         VARCHAR(40),
    kind                     VARCHAR(24)  NOT NULL,
    title                    VARCHAR(300) NOT NULL,
    body                     TEXT         NOT NULL,
    region_code              VARCHAR(13)  NOT NULL,
    case_id                  UUID,
    event_id                 UUID         REFERENCES event (id),
    requires_acknowledgement BOOLEAN      NOT NULL,
    created_at               TIMESTAMPTZ  NOT NULL,
    read_at                  TIMESTAMPTZ,
    acknowledged_at          TIMESTAMPTZ,
    acknowledged_by          VARCHAR(200),
    CHECK ((recipient_key IS NULL) <> (recipient_role IS NULL)),
    CHECK (recipient_role IS NULL OR recipient_region IS NOT NULL)
);
CREATE INDEX inbox_of_person ON inbox_item (recipient_key, created_at DESC) WHERE recipient_key IS NOT NULL;
CREATE INDEX inbox_of_office ON inbox_item (recipient_role, recipient_region, created_at DESC) WHERE recipient_role IS NOT NULL;
CREATE INDEX inbox_of_case ON inbox_item (case_id) WHERE case_id IS NOT NULL;
-- an event makes at most one item per recipient, however often it arrives
CREATE UNIQUE INDEX inbox_once_per_event ON inbox_item (event_id, COALESCE(recipient_key, ''), COALESCE(recipient_role, ''))
    WHERE event_id IS NOT NULL;

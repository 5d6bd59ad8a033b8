-- The elections calendar. The stage of an act (before candidates are set, candidates set, after
-- the vote) decides between ethics and discipline rules, so the dates are data. period_start and
-- period_end bound the dates from which an election is inferred when a caller names none.
CREATE TABLE election (
    code              VARCHAR(40)  PRIMARY KEY,
    name              VARCHAR(200) NOT NULL,
    type              VARCHAR(16)  NOT NULL CHECK (type IN ('GENERAL', 'REGIONAL')),
    period_start      DATE         NOT NULL,
    candidates_set_on DATE         NOT NULL,
    campaign_start    DATE         NOT NULL,
    campaign_end      DATE         NOT NULL,
    vote_on           DATE         NOT NULL,
    period_end        DATE         NOT NULL,
    region_codes      TEXT[]       NOT NULL DEFAULT '{}',
    built_in          BOOLEAN      NOT NULL DEFAULT FALSE,
    created_at        TIMESTAMPTZ  NOT NULL DEFAULT now(),
    created_by        VARCHAR(200) NOT NULL DEFAULT 'system',
    CHECK (period_start <= candidates_set_on AND candidates_set_on <= campaign_start
           AND campaign_start <= campaign_end AND campaign_end < vote_on AND vote_on <= period_end)
);

INSERT INTO election (code, name, type, period_start, candidates_set_on, campaign_start, campaign_end, vote_on, period_end, built_in) VALUES
 ('PEMILU_2024', 'Pemilihan Umum 2024 (Presiden, DPR, DPD, DPRD)', 'GENERAL',
  '2022-06-14', '2023-11-13', '2023-11-28', '2024-02-10', '2024-02-14', '2024-03-20', TRUE),
 ('PILKADA_2024', 'Pemilihan Kepala Daerah Serentak 2024', 'REGIONAL',
  '2024-03-22', '2024-09-22', '2024-09-25', '2024-11-23', '2024-11-27', '2025-01-26', TRUE);

-- Every deadline of the handling chain is configuration with its legal basis, never a constant in
-- code: sources disagree (PPK follow-up 14 days in KASN letters of 2020, 10 in a 2020 guideline),
-- and the law changes. A disputed row says which figure was chosen and why.
CREATE TABLE deadline_rule (
    code                   VARCHAR(64)  NOT NULL,
    election_type          VARCHAR(16)  NOT NULL CHECK (election_type IN ('GENERAL', 'REGIONAL')),
    days                   INTEGER      NOT NULL CHECK (days > 0),
    working_days           BOOLEAN      NOT NULL,
    extension_days         INTEGER      NOT NULL DEFAULT 0 CHECK (extension_days >= 0),
    extension_working_days BOOLEAN      NOT NULL DEFAULT FALSE,
    starts_from            VARCHAR(200) NOT NULL,
    legal_basis            VARCHAR(300) NOT NULL,
    disputed               BOOLEAN      NOT NULL DEFAULT FALSE,
    note                   TEXT,
    PRIMARY KEY (code, election_type)
);

INSERT INTO deadline_rule (code, election_type, days, working_days, extension_days, extension_working_days, starts_from, legal_basis, disputed, note) VALUES
 ('REPORT_FILING', 'GENERAL', 7, TRUE, 0, FALSE, 'the act becoming known to the reporter',
  'UU 7/2017 on general elections; Bawaslu regulation on handling election violations', FALSE, NULL),
 ('REPORT_FILING', 'REGIONAL', 7, FALSE, 0, FALSE, 'the act becoming known to the reporter',
  'UU 10/2016 on regional elections; Bawaslu regulation on handling regional election violations', FALSE, NULL),
 ('FORMAL_COMPLETION', 'GENERAL', 3, FALSE, 0, FALSE, 'notice that formal or material requirements are missing',
  'Bawaslu regulation on handling election violations', FALSE, 'An incomplete report is not registered after this period.'),
 ('FORMAL_COMPLETION', 'REGIONAL', 3, FALSE, 0, FALSE, 'notice that formal or material requirements are missing',
  'Bawaslu regulation on handling regional election violations', FALSE, 'An incomplete report is not registered after this period.'),
 ('BAWASLU_REVIEW', 'GENERAL', 7, FALSE, 14, TRUE, 'registration of the report or finding',
  'UU 7/2017 on general elections', FALSE, 'Up to 14 working days more when additional information is needed.'),
 ('BAWASLU_REVIEW', 'REGIONAL', 3, FALSE, 2, FALSE, 'registration of the report or finding',
  'UU 10/2016 on regional elections', FALSE, 'Up to 2 days more when additional information is needed.'),
 ('TASK_FORCE_VERIFICATION', 'GENERAL', 7, FALSE, 0, FALSE, 'receipt of the Bawaslu recommendation by KASN/BKN',
  'SKB 2022 on ASN neutrality (joint task force), as reported', FALSE, NULL),
 ('TASK_FORCE_VERIFICATION', 'REGIONAL', 7, FALSE, 0, FALSE, 'receipt of the Bawaslu recommendation by KASN/BKN',
  'SKB 2022 on ASN neutrality (joint task force), as reported', FALSE, NULL),
 ('PPK_DECISION', 'GENERAL', 14, FALSE, 0, FALSE, 'receipt of the KASN/BKN recommendation by the PPK',
  'KASN recommendation letters (2020)', TRUE, 'A 2020 guideline is reported to say 10 days (unconfirmed); the 14 days stated in KASN letters is used until BKN confirms.'),
 ('PPK_DECISION', 'REGIONAL', 14, FALSE, 0, FALSE, 'receipt of the KASN/BKN recommendation by the PPK',
  'KASN recommendation letters (2020)', TRUE, 'A 2020 guideline is reported to say 10 days (unconfirmed); the 14 days stated in KASN letters is used until BKN confirms.');

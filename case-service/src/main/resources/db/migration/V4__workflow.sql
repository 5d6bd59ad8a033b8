-- The handling chain after intake: where Bawaslu forwarded the case (KASN before 24 Aug 2024, BKN
-- from then on), BKN's recommendation, the PPK's decision and its execution, kept on the case.
ALTER TABLE case_file
    ADD COLUMN forwarded_to   VARCHAR(8) CHECK (forwarded_to IN ('KASN', 'BKN')),
    ADD COLUMN review_extended BOOLEAN NOT NULL DEFAULT FALSE,
    ADD COLUMN ppk_conflicted BOOLEAN NOT NULL DEFAULT FALSE,
    ADD COLUMN recommendation JSONB,
    ADD COLUMN decision       JSONB,
    ADD COLUMN execution      JSONB;

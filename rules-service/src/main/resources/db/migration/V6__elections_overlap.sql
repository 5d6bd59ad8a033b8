-- Elections overlap (DOMAIN "Second pass"). An election's span lasts from the start of its stages,
-- as its law and the KPU's regulation set them, until its results are final; the 2024 general
-- election was not over when the stages of the 2024 regional elections began. Each bound now says
-- what it rests on. An act in the overlap belongs to the election of the contest it concerns.
ALTER TABLE election
    ADD COLUMN period_start_basis TEXT,
    ADD COLUMN period_end_basis   TEXT;
COMMENT ON COLUMN election.period_start_basis IS 'What the start of the span rests on (a regulation, a ruling); NULL: a default';
COMMENT ON COLUMN election.period_end_basis IS 'What the end of the span rests on: the day the results became final; NULL: a default';

UPDATE election SET period_end = '2024-06-10',
       period_start_basis = 'PKPU 3/2022: stages from 14 Jun 2022, 20 months before the vote (UU 7/2017 art. 167(6))',
       period_end_basis = 'Results final: presidential by the Constitutional Court''s ruling of 22 Apr 2024, legislative by its last rulings on 10 Jun 2024 (PMK 1/2024). Re-votes it ordered ran into July 2024, and a few later disputes into August: not covered.'
 WHERE code = 'PEMILU_2024';
UPDATE election SET period_start = '2024-01-26',
       period_start_basis = 'PKPU 2/2024: the stages of the 2024 regional elections begin on 26 Jan 2024 (programme and budget planning)',
       period_end_basis = 'Not confirmed: 60 days after the vote (the default); the Constitutional Court''s rulings on regional results ran into 2025.'
 WHERE code = 'PILKADA_2024';

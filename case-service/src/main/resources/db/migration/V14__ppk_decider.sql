-- A PPK found conflicted (the PPK or a close relative runs in the case's election) cannot decide
-- (UU 30/2014 art. 42-43); the decision rests with the official the agency names for that in roster
-- (an acting official or the official above), recorded on the case when BKN recommends.
ALTER TABLE case_file ADD COLUMN decider JSONB;
COMMENT ON COLUMN case_file.decider IS 'Who decides instead of a conflicted PPK: name, office and login (subject); NULL otherwise';

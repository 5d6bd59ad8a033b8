-- The clock running now on each case (the step's deadline), kept on the row so that overdue cases
-- can be listed and swept: overdue_for is the due date found passed, warned_for the one warned of.
ALTER TABLE case_file
    ADD COLUMN due_code    VARCHAR(40),
    ADD COLUMN due_on      DATE,
    ADD COLUMN overdue     BOOLEAN NOT NULL DEFAULT FALSE,
    ADD COLUMN overdue_for DATE,
    ADD COLUMN warned_for  DATE;
CREATE INDEX case_file_due ON case_file (due_on) WHERE due_on IS NOT NULL;
CREATE INDEX case_file_overdue ON case_file (overdue) WHERE overdue;

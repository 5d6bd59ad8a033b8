-- Who decides for an agency when its PPK is conflicted (the PPK or a close relative runs in the
-- election a case concerns; UU 30/2014 art. 42-43: an official with a conflict of interest may not
-- decide): an acting official (Pj, Pjs) or the official above, with the login they sign in with,
-- which case-service checks when the decision is taken. All three or none.
ALTER TABLE agency
    ADD COLUMN substitute_name    VARCHAR(200),
    ADD COLUMN substitute_office  VARCHAR(200),
    ADD COLUMN substitute_subject VARCHAR(200),
    ADD CONSTRAINT agency_substitute_whole CHECK ((substitute_name IS NULL) = (substitute_office IS NULL)
        AND (substitute_name IS NULL) = (substitute_subject IS NULL));

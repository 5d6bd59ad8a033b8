-- BKN's measures after a PPK did not follow its recommendation (a warning or reprimand to the PPK,
-- the employee's personnel data blocked, Kemendagri asked to warn the PPK), each with its basis.
ALTER TABLE case_file ADD COLUMN measures JSONB NOT NULL DEFAULT '[]';

-- Contact addresses, for notifications by e-mail: an employee's own, and an agency's personnel
-- office (BKPP/BKD or the OPD's staff section). Both optional.
ALTER TABLE employee ADD COLUMN email VARCHAR(254);
ALTER TABLE agency ADD COLUMN personnel_email VARCHAR(254);

-- A mail may go to an agency's personnel office (the PPK's reminders), whose address the roster holds.
ALTER TABLE email_message ADD COLUMN recipient_agency VARCHAR(40);
ALTER TABLE email_message DROP CONSTRAINT email_message_check;
ALTER TABLE email_message ADD CONSTRAINT email_message_recipient
    CHECK (recipient_key IS NOT NULL OR address IS NOT NULL OR recipient_agency IS NOT NULL);

-- A broadcast's progress counts its mails by status. Reached through the inbox (a join over every
-- notice of the broadcast) that count took longer the more people the broadcast reached, and a page
-- showing the progress of a 100,000-person broadcast asked it over and over while the notices were
-- still being written. Each mail of a broadcast now names the broadcast itself.
ALTER TABLE email_message ADD COLUMN broadcast_id UUID REFERENCES broadcast (id);
UPDATE email_message m SET broadcast_id = i.broadcast_id FROM inbox_item i
 WHERE i.id = m.inbox_item_id AND i.broadcast_id IS NOT NULL;
CREATE INDEX email_of_broadcast ON email_message (broadcast_id, status) WHERE broadcast_id IS NOT NULL;

-- An attempt is written when its delivery is claimed, before the request goes out, and completed
-- with the receiver's answer afterwards. A dispatcher killed mid-send thus leaves the attempt the
-- receiver may have got on record, with no latency and no status, instead of no trace at all.
ALTER TABLE delivery_attempt ALTER COLUMN latency_ms DROP NOT NULL;

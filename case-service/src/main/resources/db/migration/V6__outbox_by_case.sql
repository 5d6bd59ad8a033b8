-- Admins look up the events of one case (GET /api/v1/outbox?case=); the case id sits in the event's data.
CREATE INDEX outbox_event_case ON outbox_event ((data ->> 'caseId'));

-- Hours typed in from an earlier log can be about someone who is also a client in Coachbook. The
-- link makes the hour log count that person once as a distinct client. Erasing the client deals
-- with linked entries itself (clients/erasure.ts); SET NULL only guards against a dangling id.
ALTER TABLE manual_hours ADD COLUMN client_id TEXT REFERENCES client (id) ON DELETE SET NULL;
CREATE INDEX manual_hours_client ON manual_hours (client_id) WHERE client_id IS NOT NULL;

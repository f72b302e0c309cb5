-- Append-only record of significant events (unlocks, finalised notes, erasures, exports,
-- restores). Kinds and counts only: never note text or client names.
CREATE TABLE activity (
  id      INTEGER PRIMARY KEY,
  at      TEXT NOT NULL,
  kind    TEXT NOT NULL,
  detail  TEXT NOT NULL DEFAULT ''
) STRICT;
CREATE TRIGGER activity_no_update BEFORE UPDATE ON activity BEGIN
  SELECT RAISE(ABORT, 'the activity log is append-only');
END;
CREATE TRIGGER activity_no_delete BEFORE DELETE ON activity BEGIN
  SELECT RAISE(ABORT, 'the activity log is append-only');
END;

-- The practice itself: one row, written at setup.
CREATE TABLE practice (
  id          TEXT PRIMARY KEY,
  name        TEXT NOT NULL,
  coach_name  TEXT NOT NULL,
  created_at  TEXT NOT NULL
) STRICT;

-- Small per-practice preferences (credential targets, defaults), JSON values.
CREATE TABLE setting (
  key    TEXT PRIMARY KEY,
  value  TEXT NOT NULL
) STRICT;

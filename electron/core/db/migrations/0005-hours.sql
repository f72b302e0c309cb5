-- Hours logged outside Coachbook sessions: before the coach used Coachbook, or imported
-- from an existing ICF-style log. Minutes, not hours, so sums are exact.
CREATE TABLE manual_hours (
  id                TEXT PRIMARY KEY,
  client_name       TEXT NOT NULL,
  client_contact    TEXT NOT NULL DEFAULT '',
  mode              TEXT NOT NULL CHECK (mode IN ('individual', 'group')),
  group_size        INTEGER NOT NULL DEFAULT 1 CHECK (group_size BETWEEN 1 AND 1000),
  start_date        TEXT NOT NULL,
  end_date          TEXT NOT NULL,
  paid_minutes      INTEGER NOT NULL CHECK (paid_minutes >= 0),
  pro_bono_minutes  INTEGER NOT NULL CHECK (pro_bono_minutes >= 0),
  may_be_listed     INTEGER NOT NULL DEFAULT 1 CHECK (may_be_listed IN (0, 1)),
  -- A hash of the imported row's content: re-importing the same file adds nothing.
  import_key        TEXT UNIQUE,
  created_at        TEXT NOT NULL,
  CHECK (end_date >= start_date),
  CHECK ((mode = 'individual') = (group_size = 1))
) STRICT;
CREATE INDEX manual_hours_start ON manual_hours (start_date);

-- Continuing coach education, for renewals.
CREATE TABLE ce_entry (
  id           TEXT PRIMARY KEY,
  provider     TEXT NOT NULL,
  course       TEXT NOT NULL,
  date         TEXT NOT NULL,
  -- Tenths of a unit (1.5 units = 15), so sums are exact.
  units_tenths INTEGER NOT NULL CHECK (units_tenths > 0),
  category     TEXT NOT NULL CHECK (category IN ('core-competencies', 'resource-development')),
  ethics       INTEGER NOT NULL DEFAULT 0 CHECK (ethics IN (0, 1)),
  created_at   TEXT NOT NULL,
  CHECK (ethics = 0 OR category = 'core-competencies')
) STRICT;
CREATE INDEX ce_entry_date ON ce_entry (date);

-- Coaching sessions. starts_at is a UTC instant; time_zone is the IANA zone it was held in,
-- so the agenda and reports show local wall-clock time.
CREATE TABLE session (
  id                TEXT PRIMARY KEY,
  engagement_id     TEXT NOT NULL REFERENCES engagement (id) ON DELETE CASCADE,
  starts_at         TEXT NOT NULL,
  time_zone         TEXT NOT NULL,
  duration_minutes  INTEGER NOT NULL CHECK (duration_minutes BETWEEN 1 AND 1440),
  format            TEXT NOT NULL CHECK (format IN ('in-person', 'phone', 'video')),
  -- Only 'held' sessions are coaching hours.
  attendance        TEXT NOT NULL CHECK (attendance IN ('scheduled', 'held', 'late-cancel', 'no-show', 'coach-cancelled')),
  payment           TEXT NOT NULL CHECK (payment IN ('paid', 'pro-bono', 'barter', 'internal', 'third-party', 'peer-as-coach', 'peer-as-client')),
  fee_minor         INTEGER CHECK (fee_minor IS NULL OR fee_minor >= 0),
  currency          TEXT NOT NULL CHECK (length(currency) = 3),
  -- Imported from a calendar and not yet reviewed by the coach.
  is_draft          INTEGER NOT NULL DEFAULT 0 CHECK (is_draft IN (0, 1)),
  ics_uid           TEXT,
  created_at        TEXT NOT NULL,
  updated_at        TEXT NOT NULL
) STRICT;
CREATE INDEX session_engagement ON session (engagement_id, starts_at);
CREATE INDEX session_starts ON session (starts_at);
-- Re-importing the same calendar event (same UID and start) finds the existing session.
CREATE UNIQUE INDEX session_ics ON session (ics_uid, starts_at) WHERE ics_uid IS NOT NULL;

-- Who attended a group or team session (individual sessions need no rows).
CREATE TABLE session_attendee (
  session_id  TEXT NOT NULL REFERENCES session (id) ON DELETE CASCADE,
  client_id   TEXT NOT NULL REFERENCES client (id) ON DELETE CASCADE,
  PRIMARY KEY (session_id, client_id)
) STRICT, WITHOUT ROWID;
CREATE INDEX session_attendee_client ON session_attendee (client_id);

-- Note templates the coach defines (GROW, CCC staircase and free form are built in).
CREATE TABLE note_template (
  id          TEXT PRIMARY KEY,
  name        TEXT NOT NULL,
  sections    TEXT NOT NULL CHECK (json_valid(sections)),
  created_at  TEXT NOT NULL
) STRICT;

-- One note per session: sections as JSON [{key, label, text}], a private reflection,
-- and once finalised, read-only (changes become dated addenda).
CREATE TABLE note (
  session_id    TEXT PRIMARY KEY REFERENCES session (id) ON DELETE CASCADE,
  template      TEXT NOT NULL,
  sections      TEXT NOT NULL CHECK (json_valid(sections)),
  reflection    TEXT NOT NULL DEFAULT '',
  finalised_at  TEXT,
  updated_at    TEXT NOT NULL
) STRICT;

CREATE TABLE note_addendum (
  id          TEXT PRIMARY KEY,
  session_id  TEXT NOT NULL REFERENCES note (session_id) ON DELETE CASCADE,
  text        TEXT NOT NULL,
  created_at  TEXT NOT NULL
) STRICT;
CREATE INDEX note_addendum_session ON note_addendum (session_id, created_at);

-- Goals the client sets for an engagement, and progress over time.
CREATE TABLE goal (
  id               TEXT PRIMARY KEY,
  engagement_id    TEXT NOT NULL REFERENCES engagement (id) ON DELETE CASCADE,
  title            TEXT NOT NULL,
  success_measure  TEXT NOT NULL DEFAULT '',
  plan             TEXT NOT NULL DEFAULT '',
  status           TEXT NOT NULL CHECK (status IN ('active', 'achieved', 'paused', 'dropped')),
  created_at       TEXT NOT NULL,
  updated_at       TEXT NOT NULL
) STRICT;
CREATE INDEX goal_engagement ON goal (engagement_id);

CREATE TABLE goal_progress (
  id          TEXT PRIMARY KEY,
  goal_id     TEXT NOT NULL REFERENCES goal (id) ON DELETE CASCADE,
  session_id  TEXT REFERENCES session (id) ON DELETE SET NULL,
  note        TEXT NOT NULL,
  -- How far along, 0-100, as the client sees it.
  percent     INTEGER CHECK (percent IS NULL OR percent BETWEEN 0 AND 100),
  created_at  TEXT NOT NULL
) STRICT;
CREATE INDEX goal_progress_goal ON goal_progress (goal_id, created_at);

-- Commitments made in a session, reviewed in the next one.
CREATE TABLE action_item (
  id             TEXT PRIMARY KEY,
  engagement_id  TEXT NOT NULL REFERENCES engagement (id) ON DELETE CASCADE,
  session_id     TEXT REFERENCES session (id) ON DELETE SET NULL,
  text           TEXT NOT NULL,
  owner          TEXT NOT NULL CHECK (owner IN ('client', 'coach')),
  due_date       TEXT,
  status         TEXT NOT NULL CHECK (status IN ('open', 'done', 'dropped')),
  created_at     TEXT NOT NULL,
  updated_at     TEXT NOT NULL
) STRICT;
CREATE INDEX action_item_engagement ON action_item (engagement_id, status);
CREATE INDEX action_item_due ON action_item (status, due_date);

-- Full-text search: one FTS5 table per kind, rowid = the source row's rowid, so keeping
-- them in step is a keyed delete. remove_diacritics 2 makes "reunion" find "reunión".
CREATE VIRTUAL TABLE note_fts USING fts5 (body, tokenize = 'unicode61 remove_diacritics 2');
CREATE VIRTUAL TABLE addendum_fts USING fts5 (body, tokenize = 'unicode61 remove_diacritics 2');
CREATE VIRTUAL TABLE goal_fts USING fts5 (body, tokenize = 'unicode61 remove_diacritics 2');
CREATE VIRTUAL TABLE action_fts USING fts5 (body, tokenize = 'unicode61 remove_diacritics 2');

CREATE TRIGGER note_ai AFTER INSERT ON note BEGIN
  INSERT INTO note_fts (rowid, body) VALUES (new.rowid,
    (SELECT group_concat(value ->> 'text', char(10)) FROM json_each(new.sections)) || char(10) || new.reflection);
END;
CREATE TRIGGER note_au AFTER UPDATE ON note BEGIN
  DELETE FROM note_fts WHERE rowid = old.rowid;
  INSERT INTO note_fts (rowid, body) VALUES (new.rowid,
    (SELECT group_concat(value ->> 'text', char(10)) FROM json_each(new.sections)) || char(10) || new.reflection);
END;
CREATE TRIGGER note_ad AFTER DELETE ON note BEGIN
  DELETE FROM note_fts WHERE rowid = old.rowid;
END;

CREATE TRIGGER addendum_ai AFTER INSERT ON note_addendum BEGIN
  INSERT INTO addendum_fts (rowid, body) VALUES (new.rowid, new.text);
END;
CREATE TRIGGER addendum_ad AFTER DELETE ON note_addendum BEGIN
  DELETE FROM addendum_fts WHERE rowid = old.rowid;
END;

CREATE TRIGGER goal_ai AFTER INSERT ON goal BEGIN
  INSERT INTO goal_fts (rowid, body) VALUES (new.rowid, new.title || char(10) || new.success_measure || char(10) || new.plan);
END;
CREATE TRIGGER goal_au AFTER UPDATE ON goal BEGIN
  DELETE FROM goal_fts WHERE rowid = old.rowid;
  INSERT INTO goal_fts (rowid, body) VALUES (new.rowid, new.title || char(10) || new.success_measure || char(10) || new.plan);
END;
CREATE TRIGGER goal_ad AFTER DELETE ON goal BEGIN
  DELETE FROM goal_fts WHERE rowid = old.rowid;
END;

CREATE TRIGGER action_ai AFTER INSERT ON action_item BEGIN
  INSERT INTO action_fts (rowid, body) VALUES (new.rowid, new.text);
END;
CREATE TRIGGER action_au AFTER UPDATE OF text ON action_item BEGIN
  DELETE FROM action_fts WHERE rowid = old.rowid;
  INSERT INTO action_fts (rowid, body) VALUES (new.rowid, new.text);
END;
CREATE TRIGGER action_ad AFTER DELETE ON action_item BEGIN
  DELETE FROM action_fts WHERE rowid = old.rowid;
END;

-- Coaching the coach received: mentor coaching and supervision (counted for credentials).
CREATE TABLE received_session (
  id                   TEXT PRIMARY KEY,
  kind                 TEXT NOT NULL CHECK (kind IN ('mentor-coaching', 'supervision')),
  provider_name        TEXT NOT NULL,
  provider_credential  TEXT NOT NULL DEFAULT '',
  mode                 TEXT NOT NULL CHECK (mode IN ('individual', 'group')),
  group_size           INTEGER CHECK (group_size IS NULL OR group_size BETWEEN 2 AND 100),
  starts_at            TEXT NOT NULL,
  duration_minutes     INTEGER NOT NULL CHECK (duration_minutes BETWEEN 1 AND 1440),
  notes                TEXT NOT NULL DEFAULT '',
  created_at           TEXT NOT NULL,
  CHECK ((mode = 'group') = (group_size IS NOT NULL))
) STRICT;
CREATE INDEX received_session_starts ON received_session (kind, starts_at);

-- Assessments such as the Wheel of Life: areas and 0-10 scores as JSON [{area, score}].
CREATE TABLE assessment (
  id         TEXT PRIMARY KEY,
  client_id  TEXT NOT NULL REFERENCES client (id) ON DELETE CASCADE,
  kind       TEXT NOT NULL CHECK (kind IN ('wheel-of-life')),
  taken_on   TEXT NOT NULL,
  scores     TEXT NOT NULL CHECK (json_valid(scores)),
  note       TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL
) STRICT;
CREATE INDEX assessment_client ON assessment (client_id, kind, taken_on);

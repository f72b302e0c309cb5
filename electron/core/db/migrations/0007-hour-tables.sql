-- The hour log's inputs, kept beside the sessions so credential progress and period reports read a
-- few narrow rows instead of every session of the practice. No hours are computed here: the tables
-- hold facts (which sessions count, their minutes, payment, group and local day) and sums of them;
-- electron/core/hours/log.ts turns them into paid and pro bono hours, as it did from the session table.
--
-- Two layers:
--   session, session_attendee, engagement, engagement_participant  →  hour_session (one row per
--     held, confirmed session)
--   hour_session  →  hour_day (minutes by local day, payment, group size), hour_client (who was
--     coached on which day) and hour_engagement (minutes by engagement, for sponsor totals)
--
-- Layer one is brought up to date by the app (electron/core/hours/hour-tables.ts) before it reads:
-- SQLite knows no time zones, so only the app can work out a session's local calendar day. Writes
-- stay cheap: triggers only note which sessions changed, in hour_queue. Layer two is kept by
-- triggers on hour_session, counting a row once its local day is known.

CREATE TABLE hour_session (
  -- Stable across VACUUM (an explicit INTEGER PRIMARY KEY), so hour_client can refer to it; also
  -- the order of sessions at the same instant (the order they came to count).
  id             INTEGER PRIMARY KEY,
  session_id     TEXT NOT NULL UNIQUE,
  engagement_id  TEXT NOT NULL,
  starts_at      TEXT NOT NULL,
  -- The session's calendar day in its own time zone; NULL until the app has filled it in.
  local_date     TEXT,
  minutes        INTEGER NOT NULL,
  payment        TEXT NOT NULL,
  -- The engagement is a group or team engagement.
  is_group       INTEGER NOT NULL CHECK (is_group IN (0, 1)),
  -- How many attended (session_attendee rows), and how many take part in the engagement: the
  -- people coached are the attendees when there are any, else the engagement's participants.
  attendees      INTEGER NOT NULL,
  participants   INTEGER NOT NULL,
  -- A group session is logged once, with every person coached in it; anything else is one client.
  group_size     INTEGER NOT NULL GENERATED ALWAYS AS (
    CASE WHEN is_group THEN max(CASE WHEN attendees > 0 THEN attendees ELSE participants END, 1) ELSE 1 END
  ) VIRTUAL
) STRICT;
-- Reads of a period in the log's order (local_date, starts_at, id). Partial: a new session
-- enters it when its local day is filled in, not when the session is written.
CREATE INDEX hour_session_day ON hour_session (local_date, starts_at) WHERE local_date IS NOT NULL;
-- Reciprocal peer coaching in the order it happened (starts_at, id).
CREATE INDEX hour_session_peer ON hour_session (starts_at, payment, minutes)
  WHERE payment IN ('peer-as-coach', 'peer-as-client');
-- Sessions whose local day is still to be filled in, in the order they were written.
CREATE INDEX hour_session_pending ON hour_session (id) WHERE local_date IS NULL;

CREATE TABLE hour_day (
  local_date  TEXT NOT NULL,
  payment     TEXT NOT NULL,
  is_group    INTEGER NOT NULL,
  group_size  INTEGER NOT NULL,
  minutes     INTEGER NOT NULL,
  sessions    INTEGER NOT NULL,
  PRIMARY KEY (local_date, payment, is_group, group_size)
) STRICT, WITHOUT ROWID;

-- Each person coached in each counting session (reciprocal peer coaching received is not coaching).
CREATE TABLE hour_client (
  client_id   TEXT NOT NULL,
  local_date  TEXT NOT NULL,
  group_size  INTEGER NOT NULL,
  hour_id     INTEGER NOT NULL,
  PRIMARY KEY (client_id, local_date, hour_id)
) STRICT, WITHOUT ROWID;
CREATE INDEX hour_client_hour ON hour_client (hour_id);

-- Minutes of coaching by engagement (reciprocal peer coaching received is not coaching).
CREATE TABLE hour_engagement (
  engagement_id  TEXT PRIMARY KEY,
  minutes        INTEGER NOT NULL,
  sessions       INTEGER NOT NULL
) STRICT, WITHOUT ROWID;

-- While this holds a row, the layer-two triggers stand aside: the app is rebuilding hour_session
-- (or filling in many local days) and the sums in one pass, in the same transaction (hour-tables.ts).
CREATE TABLE hour_rebuild (
  one  INTEGER PRIMARY KEY CHECK (one = 1)
) STRICT;

-- ---------------------------------------------------------------------------------------------
-- Layer one: which sessions changed, for the app to bring hour_session up to date. A session is
-- noted when it might count (held and confirmed) before or after the change.

CREATE TABLE hour_queue (
  id          INTEGER PRIMARY KEY,
  session_id  TEXT NOT NULL
) STRICT;

CREATE TRIGGER hour_queue_session_ai AFTER INSERT ON session
WHEN new.attendance = 'held' AND new.is_draft = 0 BEGIN
  INSERT INTO hour_queue (session_id) VALUES (new.id);
END;

CREATE TRIGGER hour_queue_session_au
AFTER UPDATE OF id, engagement_id, starts_at, time_zone, duration_minutes, attendance, payment, is_draft ON session
WHEN (old.attendance = 'held' AND old.is_draft = 0) OR (new.attendance = 'held' AND new.is_draft = 0) BEGIN
  INSERT INTO hour_queue (session_id) SELECT old.id WHERE old.id IS NOT new.id;
  INSERT INTO hour_queue (session_id) VALUES (new.id);
END;

-- A deleted session leaves the tables at once (nothing to work out).
CREATE TRIGGER hour_queue_session_ad AFTER DELETE ON session BEGIN
  DELETE FROM hour_session WHERE session_id = old.id;
END;

CREATE TRIGGER hour_queue_engagement_au AFTER UPDATE OF kind ON engagement BEGIN
  INSERT INTO hour_queue (session_id)
  SELECT id FROM session WHERE engagement_id = new.id AND attendance = 'held' AND is_draft = 0;
END;

CREATE TRIGGER hour_queue_attendee_ai AFTER INSERT ON session_attendee BEGIN
  INSERT INTO hour_queue (session_id)
  SELECT id FROM session WHERE id = new.session_id AND attendance = 'held' AND is_draft = 0;
END;
CREATE TRIGGER hour_queue_attendee_ad AFTER DELETE ON session_attendee BEGIN
  INSERT INTO hour_queue (session_id)
  SELECT id FROM session WHERE id = old.session_id AND attendance = 'held' AND is_draft = 0;
END;
CREATE TRIGGER hour_queue_attendee_au AFTER UPDATE ON session_attendee BEGIN
  INSERT INTO hour_queue (session_id)
  SELECT id FROM session WHERE id IN (old.session_id, new.session_id) AND attendance = 'held' AND is_draft = 0;
END;

CREATE TRIGGER hour_queue_participant_ai AFTER INSERT ON engagement_participant BEGIN
  INSERT INTO hour_queue (session_id)
  SELECT id FROM session WHERE engagement_id = new.engagement_id AND attendance = 'held' AND is_draft = 0;
END;
CREATE TRIGGER hour_queue_participant_ad AFTER DELETE ON engagement_participant BEGIN
  INSERT INTO hour_queue (session_id)
  SELECT id FROM session WHERE engagement_id = old.engagement_id AND attendance = 'held' AND is_draft = 0;
END;
CREATE TRIGGER hour_queue_participant_au AFTER UPDATE ON engagement_participant BEGIN
  INSERT INTO hour_queue (session_id)
  SELECT id FROM session
  WHERE engagement_id IN (old.engagement_id, new.engagement_id) AND attendance = 'held' AND is_draft = 0;
END;

-- ---------------------------------------------------------------------------------------------
-- Layer two: sums over hour_session rows whose local day is known. Every change to a row takes
-- its old contribution out and puts its new one in.

CREATE TRIGGER hour_session_ai AFTER INSERT ON hour_session
WHEN new.local_date IS NOT NULL AND NOT EXISTS (SELECT 1 FROM hour_rebuild) BEGIN
  INSERT INTO hour_day (local_date, payment, is_group, group_size, minutes, sessions)
  VALUES (new.local_date, new.payment, new.is_group, new.group_size, new.minutes, 1)
  ON CONFLICT DO UPDATE SET minutes = minutes + excluded.minutes, sessions = sessions + 1;
  INSERT INTO hour_engagement (engagement_id, minutes, sessions)
  SELECT new.engagement_id, new.minutes, 1 WHERE new.payment <> 'peer-as-client'
  ON CONFLICT DO UPDATE SET minutes = minutes + excluded.minutes, sessions = sessions + 1;
  INSERT INTO hour_client (client_id, local_date, group_size, hour_id)
  SELECT client_id, new.local_date, new.group_size, new.id FROM session_attendee
  WHERE session_id = new.session_id AND new.payment <> 'peer-as-client'
  UNION ALL
  SELECT client_id, new.local_date, new.group_size, new.id FROM engagement_participant
  WHERE engagement_id = new.engagement_id AND new.attendees = 0 AND new.payment <> 'peer-as-client';
END;

CREATE TRIGGER hour_session_ad AFTER DELETE ON hour_session
WHEN NOT EXISTS (SELECT 1 FROM hour_rebuild) BEGIN
  UPDATE hour_day SET minutes = minutes - old.minutes, sessions = sessions - 1
  WHERE old.local_date IS NOT NULL AND local_date = old.local_date AND payment = old.payment
    AND is_group = old.is_group AND group_size = old.group_size;
  DELETE FROM hour_day
  WHERE old.local_date IS NOT NULL AND local_date = old.local_date AND payment = old.payment
    AND is_group = old.is_group AND group_size = old.group_size AND sessions = 0;
  UPDATE hour_engagement SET minutes = minutes - old.minutes, sessions = sessions - 1
  WHERE old.local_date IS NOT NULL AND old.payment <> 'peer-as-client' AND engagement_id = old.engagement_id;
  DELETE FROM hour_engagement WHERE engagement_id = old.engagement_id AND sessions = 0;
  DELETE FROM hour_client WHERE hour_id = old.id;
END;

CREATE TRIGGER hour_session_au AFTER UPDATE ON hour_session
WHEN NOT EXISTS (SELECT 1 FROM hour_rebuild) BEGIN
  -- Out with the old contribution...
  UPDATE hour_day SET minutes = minutes - old.minutes, sessions = sessions - 1
  WHERE old.local_date IS NOT NULL AND local_date = old.local_date AND payment = old.payment
    AND is_group = old.is_group AND group_size = old.group_size;
  DELETE FROM hour_day
  WHERE old.local_date IS NOT NULL AND local_date = old.local_date AND payment = old.payment
    AND is_group = old.is_group AND group_size = old.group_size AND sessions = 0;
  UPDATE hour_engagement SET minutes = minutes - old.minutes, sessions = sessions - 1
  WHERE old.local_date IS NOT NULL AND old.payment <> 'peer-as-client' AND engagement_id = old.engagement_id;
  DELETE FROM hour_engagement WHERE engagement_id = old.engagement_id AND sessions = 0;
  DELETE FROM hour_client WHERE hour_id = old.id;
  -- ...and in with the new one.
  INSERT INTO hour_day (local_date, payment, is_group, group_size, minutes, sessions)
  SELECT new.local_date, new.payment, new.is_group, new.group_size, new.minutes, 1 WHERE new.local_date IS NOT NULL
  ON CONFLICT DO UPDATE SET minutes = minutes + excluded.minutes, sessions = sessions + 1;
  INSERT INTO hour_engagement (engagement_id, minutes, sessions)
  SELECT new.engagement_id, new.minutes, 1 WHERE new.local_date IS NOT NULL AND new.payment <> 'peer-as-client'
  ON CONFLICT DO UPDATE SET minutes = minutes + excluded.minutes, sessions = sessions + 1;
  INSERT INTO hour_client (client_id, local_date, group_size, hour_id)
  SELECT client_id, new.local_date, new.group_size, new.id FROM session_attendee
  WHERE session_id = new.session_id AND new.local_date IS NOT NULL AND new.payment <> 'peer-as-client'
  UNION ALL
  SELECT client_id, new.local_date, new.group_size, new.id FROM engagement_participant
  WHERE engagement_id = new.engagement_id AND new.attendees = 0 AND new.local_date IS NOT NULL
    AND new.payment <> 'peer-as-client';
END;

-- ---------------------------------------------------------------------------------------------
-- Backfill: every session that counts today. Their local days (and so the sums) are filled in by
-- the app the first time it reads the hour log.

INSERT INTO hour_session (session_id, engagement_id, starts_at, minutes, payment, is_group, attendees,
  participants)
SELECT s.id, s.engagement_id, s.starts_at, s.duration_minutes, s.payment,
  coalesce((SELECT kind IN ('group', 'team') FROM engagement WHERE id = s.engagement_id), 0),
  (SELECT count(*) FROM session_attendee WHERE session_id = s.id),
  (SELECT count(*) FROM engagement_participant WHERE engagement_id = s.engagement_id)
FROM session s
WHERE s.attendance = 'held' AND s.is_draft = 0;

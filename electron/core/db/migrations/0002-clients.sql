-- Clients: the people coached. Optional text is '' rather than NULL, so forms round-trip.
CREATE TABLE client (
  id                    TEXT PRIMARY KEY,
  full_name             TEXT NOT NULL,
  preferred_name        TEXT NOT NULL DEFAULT '',
  pronouns              TEXT NOT NULL DEFAULT '',
  email                 TEXT NOT NULL DEFAULT '',
  phone                 TEXT NOT NULL DEFAULT '',
  preferred_language    TEXT NOT NULL DEFAULT '',
  time_zone             TEXT NOT NULL DEFAULT '',
  organisation          TEXT NOT NULL DEFAULT '',
  status                TEXT NOT NULL CHECK (status IN ('prospect', 'active', 'paused', 'completed', 'archived')),
  -- What to go back to when an archived client is restored.
  status_before_archive TEXT CHECK (status_before_archive IN ('prospect', 'active', 'paused', 'completed')),
  source                TEXT NOT NULL CHECK (source IN ('self', 'referral', 'other')),
  may_be_listed         INTEGER NOT NULL DEFAULT 0 CHECK (may_be_listed IN (0, 1)),
  listing_consent_date  TEXT,
  private_notes         TEXT NOT NULL DEFAULT '',
  -- Lower-cased, accent-free name, preferred name, email, organisation and tags: search as you type.
  search_text           TEXT NOT NULL DEFAULT '',
  created_at            TEXT NOT NULL,
  updated_at            TEXT NOT NULL
) STRICT;
CREATE INDEX client_status ON client (status);
CREATE INDEX client_name ON client (full_name COLLATE NOCASE);
CREATE INDEX client_updated ON client (updated_at);

CREATE TABLE client_tag (
  client_id  TEXT NOT NULL REFERENCES client (id) ON DELETE CASCADE,
  tag        TEXT NOT NULL,
  PRIMARY KEY (client_id, tag)
) STRICT, WITHOUT ROWID;
CREATE INDEX client_tag_tag ON client_tag (tag);

-- Referrals in (who sent the client) and out (to whom the coach referred them, e.g. a therapist).
CREATE TABLE referral (
  id          TEXT PRIMARY KEY,
  client_id   TEXT NOT NULL REFERENCES client (id) ON DELETE CASCADE,
  direction   TEXT NOT NULL CHECK (direction IN ('in', 'out')),
  party_name  TEXT NOT NULL,
  party_role  TEXT NOT NULL DEFAULT '',
  reason      TEXT NOT NULL DEFAULT '',
  date        TEXT NOT NULL,
  created_at  TEXT NOT NULL
) STRICT;
CREATE INDEX referral_client ON referral (client_id, date);

-- One coaching relationship or programme. Individual engagements have one participant;
-- group and team engagements have several, each a client.
CREATE TABLE engagement (
  id                 TEXT PRIMARY KEY,
  title              TEXT NOT NULL,
  kind               TEXT NOT NULL CHECK (kind IN ('individual', 'group', 'team', 'peer', 'internal', 'sponsored')),
  focus              TEXT NOT NULL CHECK (focus IN ('whole-person', 'specific-purpose', 'both')),
  focus_description  TEXT NOT NULL DEFAULT '',
  sponsor_name       TEXT NOT NULL DEFAULT '',
  sponsor_kind       TEXT NOT NULL DEFAULT '' CHECK (sponsor_kind IN ('', 'employer', 'community-partner', 'grant', 'person', 'other')),
  sponsor_contact    TEXT NOT NULL DEFAULT '',
  fee_arrangement    TEXT NOT NULL CHECK (fee_arrangement IN ('per-session', 'package', 'pro-bono', 'barter', 'internal')),
  -- Integer minor units of `currency` (per session, or the package total).
  fee_minor          INTEGER CHECK (fee_minor IS NULL OR fee_minor >= 0),
  currency           TEXT NOT NULL CHECK (length(currency) = 3),
  start_date         TEXT NOT NULL,
  end_date           TEXT,
  planned_sessions   INTEGER CHECK (planned_sessions IS NULL OR planned_sessions > 0),
  frequency          TEXT NOT NULL DEFAULT '' CHECK (frequency IN ('', 'weekly', 'fortnightly', 'monthly', 'as-needed')),
  session_minutes    INTEGER NOT NULL DEFAULT 60 CHECK (session_minutes BETWEEN 5 AND 600),
  status             TEXT NOT NULL CHECK (status IN ('planned', 'active', 'paused', 'completed', 'cancelled')),
  created_at         TEXT NOT NULL,
  updated_at         TEXT NOT NULL,
  CHECK (end_date IS NULL OR end_date >= start_date)
) STRICT;

CREATE TABLE engagement_participant (
  engagement_id  TEXT NOT NULL REFERENCES engagement (id) ON DELETE CASCADE,
  client_id      TEXT NOT NULL REFERENCES client (id) ON DELETE CASCADE,
  PRIMARY KEY (engagement_id, client_id)
) STRICT, WITHOUT ROWID;
CREATE INDEX engagement_participant_client ON engagement_participant (client_id);

-- Agreement templates the coach keeps (a default one is added when a practice is created).
CREATE TABLE agreement_template (
  id          TEXT PRIMARY KEY,
  name        TEXT NOT NULL,
  body        TEXT NOT NULL,
  is_default  INTEGER NOT NULL DEFAULT 0 CHECK (is_default IN (0, 1)),
  created_at  TEXT NOT NULL,
  updated_at  TEXT NOT NULL
) STRICT;

-- An agreement for one engagement: text merged from a template, then edited while a draft.
CREATE TABLE agreement (
  id             TEXT PRIMARY KEY,
  engagement_id  TEXT NOT NULL REFERENCES engagement (id) ON DELETE CASCADE,
  template_id    TEXT REFERENCES agreement_template (id) ON DELETE SET NULL,
  title          TEXT NOT NULL,
  body           TEXT NOT NULL,
  status         TEXT NOT NULL CHECK (status IN ('draft', 'sent', 'signed', 'ended')),
  start_date     TEXT,
  end_date       TEXT,
  sent_at        TEXT,
  signed_at      TEXT,
  ended_at       TEXT,
  created_at     TEXT NOT NULL,
  updated_at     TEXT NOT NULL
) STRICT;
CREATE INDEX agreement_engagement ON agreement (engagement_id);

-- One signature per party: typed name and date, optionally a drawn signature (PNG).
CREATE TABLE agreement_signature (
  agreement_id  TEXT NOT NULL REFERENCES agreement (id) ON DELETE CASCADE,
  party         TEXT NOT NULL CHECK (party IN ('client', 'coach', 'sponsor')),
  signer_name   TEXT NOT NULL,
  signed_on     TEXT NOT NULL,
  drawing_png   BLOB,
  PRIMARY KEY (agreement_id, party)
) STRICT, WITHOUT ROWID;

-- Scanned signed copies, kept inside the encrypted file, never loose on disk.
CREATE TABLE agreement_attachment (
  id            TEXT PRIMARY KEY,
  agreement_id  TEXT NOT NULL REFERENCES agreement (id) ON DELETE CASCADE,
  file_name     TEXT NOT NULL,
  media_type    TEXT NOT NULL,
  size          INTEGER NOT NULL,
  bytes         BLOB NOT NULL,
  added_at      TEXT NOT NULL
) STRICT;
CREATE INDEX agreement_attachment_agreement ON agreement_attachment (agreement_id);

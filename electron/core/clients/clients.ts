import { randomUUID } from 'node:crypto';
import type {
  Client,
  ClientFields,
  ClientList,
  ClientListQuery,
  ClientListRow,
  ClientStatus,
  TagCount,
} from '../../shared/clients';
import { clientListQuery } from '../../shared/clients';
import { AppError } from '../../shared/errors';
import { msg } from '../../shared/messages';
import { foldForSearch } from '../../shared/search-text';
import type { Clock } from '../clock';
import type { Db } from '../db/connection';

/** Client records: create, edit, archive/restore, list and search. */

interface ClientRow {
  id: string;
  full_name: string;
  preferred_name: string;
  pronouns: string;
  email: string;
  phone: string;
  preferred_language: string;
  time_zone: string;
  organisation: string;
  status: ClientStatus;
  source: Client['source'];
  may_be_listed: 0 | 1;
  listing_consent_date: string | null;
  private_notes: string;
  created_at: string;
  updated_at: string;
}

function searchTextOf(fields: ClientFields): string {
  return foldForSearch(
    [fields.fullName, fields.preferredName, fields.email, fields.organisation, ...fields.tags].join('\u0001'),
  );
}

function toClient(row: ClientRow, tags: string[]): Client {
  return {
    id: row.id,
    fullName: row.full_name,
    preferredName: row.preferred_name,
    pronouns: row.pronouns,
    email: row.email,
    phone: row.phone,
    preferredLanguage: row.preferred_language,
    timeZone: row.time_zone,
    organisation: row.organisation,
    tags,
    status: row.status,
    source: row.source,
    mayBeListed: row.may_be_listed === 1,
    listingConsentDate: row.listing_consent_date,
    privateNotes: row.private_notes,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

function fieldParams(fields: ClientFields) {
  return {
    full_name: fields.fullName,
    preferred_name: fields.preferredName,
    pronouns: fields.pronouns,
    email: fields.email,
    phone: fields.phone,
    preferred_language: fields.preferredLanguage,
    time_zone: fields.timeZone,
    organisation: fields.organisation,
    source: fields.source,
    may_be_listed: fields.mayBeListed ? 1 : 0,
    listing_consent_date: fields.mayBeListed ? fields.listingConsentDate : null,
    private_notes: fields.privateNotes,
    search_text: searchTextOf(fields),
  };
}

export function createClient(db: Db, clock: Clock, fields: ClientFields): Client {
  const id = randomUUID();
  const now = clock.now().toISOString();
  db.transaction(() => {
    db.prepare(
      `INSERT INTO client (id, full_name, preferred_name, pronouns, email, phone, preferred_language, time_zone,
         organisation, status, source, may_be_listed, listing_consent_date, private_notes, search_text, created_at, updated_at)
       VALUES (@id, @full_name, @preferred_name, @pronouns, @email, @phone, @preferred_language, @time_zone,
         @organisation, @status, @source, @may_be_listed, @listing_consent_date, @private_notes, @search_text, @now, @now)`,
    ).run({ id, status: fields.status, now, ...fieldParams(fields) });
    writeTags(db, id, fields.tags);
  })();
  return getClient(db, id);
}

export function updateClient(db: Db, clock: Clock, id: string, fields: ClientFields): Client {
  const existing = getClient(db, id);
  // An archived client keeps its archived status while being edited; restore brings back the chosen one.
  const archived = existing.status === 'archived';
  db.transaction(() => {
    db.prepare(
      `UPDATE client SET full_name = @full_name, preferred_name = @preferred_name, pronouns = @pronouns,
         email = @email, phone = @phone, preferred_language = @preferred_language, time_zone = @time_zone,
         organisation = @organisation, status = @status, status_before_archive = @before, source = @source,
         may_be_listed = @may_be_listed, listing_consent_date = @listing_consent_date,
         private_notes = @private_notes, search_text = @search_text, updated_at = @now
       WHERE id = @id`,
    ).run({
      id,
      status: archived ? 'archived' : fields.status,
      before: archived ? fields.status : null,
      now: clock.now().toISOString(),
      ...fieldParams(fields),
    });
    writeTags(db, id, fields.tags);
  })();
  return getClient(db, id);
}

export function archiveClient(db: Db, clock: Clock, id: string): Client {
  const client = getClient(db, id);
  if (client.status === 'archived') return client;
  db.prepare(
    `UPDATE client SET status = 'archived', status_before_archive = status, updated_at = ? WHERE id = ?`,
  ).run(clock.now().toISOString(), id);
  return getClient(db, id);
}

export function restoreClient(db: Db, clock: Clock, id: string): Client {
  const client = getClient(db, id);
  if (client.status !== 'archived') return client;
  db.prepare(
    `UPDATE client SET status = coalesce(status_before_archive, 'active'), status_before_archive = NULL,
       updated_at = ? WHERE id = ?`,
  ).run(clock.now().toISOString(), id);
  return getClient(db, id);
}

export function getClient(db: Db, id: string): Client {
  const row = db.prepare('SELECT * FROM client WHERE id = ?').get(id) as ClientRow | undefined;
  if (!row) throw new AppError('not_found', msg('errors:clients.notFound'));
  const tags = db
    .prepare('SELECT tag FROM client_tag WHERE client_id = ? ORDER BY tag COLLATE NOCASE')
    .pluck()
    .all(id) as string[];
  return toClient(row, tags);
}

export function clientExists(db: Db, id: string): boolean {
  return db.prepare('SELECT 1 FROM client WHERE id = ?').get(id) !== undefined;
}

const ORDER_BY: Record<NonNullable<ClientListQuery['sort']>, string> = {
  name: 'c.full_name COLLATE NOCASE, c.id',
  recent: 'c.updated_at DESC, c.id',
  status: `CASE c.status WHEN 'active' THEN 0 WHEN 'prospect' THEN 1 WHEN 'paused' THEN 2 WHEN 'completed' THEN 3 ELSE 4 END,
           c.full_name COLLATE NOCASE, c.id`,
};

/** One page of clients matching the search, status and tag, plus the total for the scroll height. */
export function listClients(db: Db, input: ClientListQuery): ClientList {
  const query = clientListQuery.parse(input);
  const where: string[] = [];
  const params: Record<string, unknown> = {};
  const terms = foldForSearch(query.search).split(/\s+/).filter(Boolean).slice(0, 8);
  terms.forEach((term, i) => {
    where.push(`instr(c.search_text, @t${i}) > 0`);
    params[`t${i}`] = term;
  });
  if (query.status === 'current') where.push(`c.status <> 'archived'`);
  else if (query.status !== 'all') {
    where.push('c.status = @status');
    params.status = query.status;
  }
  if (query.tag) {
    where.push('EXISTS (SELECT 1 FROM client_tag t WHERE t.client_id = c.id AND t.tag = @tag)');
    params.tag = query.tag;
  }
  const whereSql = where.length > 0 ? `WHERE ${where.join(' AND ')}` : '';
  const total = db.prepare(`SELECT count(*) FROM client c ${whereSql}`).pluck().get(params) as number;
  const rows = db
    .prepare(
      `SELECT c.id, c.full_name AS fullName, c.preferred_name AS preferredName, c.email, c.organisation, c.status,
         c.updated_at AS updatedAt,
         (SELECT group_concat(tag, char(10)) FROM (SELECT tag FROM client_tag WHERE client_id = c.id ORDER BY tag)) AS tags
       FROM client c ${whereSql}
       ORDER BY ${ORDER_BY[query.sort]}
       LIMIT @limit OFFSET @offset`,
    )
    .all({ ...params, limit: query.limit, offset: query.offset }) as (Omit<ClientListRow, 'tags'> & {
    tags: string | null;
  })[];
  return {
    total,
    offset: query.offset,
    rows: rows.map((row) => ({ ...row, tags: row.tags ? row.tags.split('\n') : [] })),
  };
}

export function listTags(db: Db): TagCount[] {
  return db
    .prepare('SELECT tag, count(*) AS count FROM client_tag GROUP BY tag ORDER BY tag COLLATE NOCASE')
    .all() as TagCount[];
}

function writeTags(db: Db, clientId: string, tags: string[]): void {
  db.prepare('DELETE FROM client_tag WHERE client_id = ?').run(clientId);
  const insert = db.prepare('INSERT OR IGNORE INTO client_tag (client_id, tag) VALUES (?, ?)');
  for (const tag of tags) insert.run(clientId, tag);
}

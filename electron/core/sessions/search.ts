import { type SearchHit, SNIPPET_CLOSE, SNIPPET_OPEN } from '../../shared/sessions';
import type { Db } from '../db/connection';

/**
 * Full-text search over notes, addenda, goals and commitments (FTS5, accents
 * ignored). The coach's words become quoted FTS terms, the last one a prefix, so
 * typing is never an FTS syntax error and "reun" already finds "reunión".
 */
export function toFtsQuery(text: string): string | null {
  const terms = text
    .split(/[\s"]+/)
    .map((t) => t.replace(/[^\p{L}\p{N}'-]/gu, ''))
    .filter(Boolean)
    .slice(0, 8);
  if (terms.length === 0) return null;
  return terms.map((t, i) => `"${t}"${i === terms.length - 1 ? '*' : ''}`).join(' ');
}

const SNIPPET = (table: string) => `snippet(${table}, 0, '${SNIPPET_OPEN}', '${SNIPPET_CLOSE}', '…', 14)`;
const NAMES = (
  engagement: string,
) => `(SELECT group_concat(c.full_name, char(10)) FROM engagement_participant p
  JOIN client c ON c.id = p.client_id WHERE p.engagement_id = ${engagement})`;

export function searchRecords(db: Db, text: string, limit: number): SearchHit[] {
  const query = toFtsQuery(text);
  if (!query) return [];
  // Each FTS table ranks and snippets only its own best `limit` matches (FTS5 answers
  // "ORDER BY rank LIMIT n" without scoring every row in a UNION), then the four are merged.
  const sql = `
    SELECT * FROM (
      SELECT * FROM (
        SELECT 'note' AS kind, n.session_id AS sessionId, s.engagement_id AS engagementId, s.starts_at AS at,
          ${SNIPPET('note_fts')} AS snippet, note_fts.rank AS rank
        FROM note_fts JOIN note n ON n.rowid = note_fts.rowid JOIN session s ON s.id = n.session_id
        WHERE note_fts MATCH @query ORDER BY note_fts.rank LIMIT @limit)
      UNION ALL
      SELECT * FROM (
        SELECT 'addendum', a.session_id, s.engagement_id, s.starts_at, ${SNIPPET('addendum_fts')}, addendum_fts.rank
        FROM addendum_fts JOIN note_addendum a ON a.rowid = addendum_fts.rowid JOIN session s ON s.id = a.session_id
        WHERE addendum_fts MATCH @query ORDER BY addendum_fts.rank LIMIT @limit)
      UNION ALL
      SELECT * FROM (
        SELECT 'goal', NULL, g.engagement_id, g.created_at, ${SNIPPET('goal_fts')}, goal_fts.rank
        FROM goal_fts JOIN goal g ON g.rowid = goal_fts.rowid
        WHERE goal_fts MATCH @query ORDER BY goal_fts.rank LIMIT @limit)
      UNION ALL
      SELECT * FROM (
        SELECT 'action', a.session_id, a.engagement_id, a.created_at, ${SNIPPET('action_fts')}, action_fts.rank
        FROM action_fts JOIN action_item a ON a.rowid = action_fts.rowid
        WHERE action_fts MATCH @query ORDER BY action_fts.rank LIMIT @limit)
    ) hit
    ORDER BY rank LIMIT @limit`;
  const rows = db.prepare(sql).all({ query, limit }) as Omit<SearchHit, 'engagementTitle' | 'clientNames'>[];
  const engagement = db.prepare(`SELECT e.title, ${NAMES('e.id')} AS names FROM engagement e WHERE e.id = ?`);
  const cache = new Map<string, { title: string; names: string | null }>();
  return rows.map((row) => {
    let e = cache.get(row.engagementId);
    if (!e) {
      e = engagement.get(row.engagementId) as { title: string; names: string | null };
      cache.set(row.engagementId, e);
    }
    return { ...row, engagementTitle: e.title, clientNames: e.names ? e.names.split('\n') : [] };
  });
}

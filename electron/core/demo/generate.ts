import type { Language } from '../../shared/preferences';
import { getTemplate, seedDefaultTemplate } from '../agreements/templates';
import type { Clock } from '../clock';
import type { Db } from '../db/connection';
import { bulkWriter } from './bulk-writer';
import { writeManualHours, writeReceivedAndCe } from './coach-hours';
import type { DemoRun } from './plan';
import { planClients, settleClients } from './plan-clients';
import { planEngagements } from './plan-engagements';
import { createRng, deriveSeed } from './prng';
import { allocateSessions, layOut } from './schedule';
import { servicesWriter } from './services-writer';
import { type DemoSummary, emptySummary, scriptsOf } from './summary';
import { DEMO_WORDS } from './words';
import { writeEngagement } from './write-engagement';
import type { DemoWriter } from './writer';
import { DAY_MS, isoDay } from './zoned';

/**
 * The demo practice: a coach's records that look real (clients in many scripts, every kind
 * of engagement, agreements, sessions with notes in each template, goals, commitments, Wheel
 * of Life assessments, mentor coaching, CE and manual hours), generated deterministically
 * from a seed. Small practices go through the real services; large ones through batched
 * INSERTs into the same tables (see bulk-writer.ts). The default is a coach's ordinary week.
 * The whole practice is planned first (plan-*.ts, schedule.ts), then written in one pass
 * (write-*.ts, progress.ts, coach-hours.ts). The records' words come in the coach's language
 * (words.ts); the language changes no random draw, so a seed gives the same practice in each.
 */

export { type DemoSummary, scriptsOf };

export interface DemoOptions {
  clients?: number;
  sessions?: number;
  seed?: number;
  /** 'auto' uses the services up to SERVICES_MAX_SESSIONS sessions, bulk INSERTs above. */
  mode?: 'auto' | 'services' | 'bulk';
  /** The language of the records' words (names stay as they are). */
  language?: Language;
  /** Called now and then while sessions are written. */
  onProgress?: (sessionsWritten: number, sessionsTotal: number) => void;
}

export const DEMO_DEFAULTS = { clients: 35, sessions: 400, seed: 2026 } as const;
export const SERVICES_MAX_SESSIONS = 5_000;
export const DEMO_TARGETS = ['icf-acc', 'icf-pcc'];

export function generateDemoPractice(db: Db, clock: Clock, opts: DemoOptions = {}): DemoSummary {
  const clientCount = Math.max(1, Math.floor(opts.clients ?? DEMO_DEFAULTS.clients));
  const sessionBudget = Math.max(0, Math.floor(opts.sessions ?? DEMO_DEFAULTS.sessions));
  const seed = Math.floor(opts.seed ?? DEMO_DEFAULTS.seed) >>> 0;
  const mode =
    opts.mode === 'services' || opts.mode === 'bulk'
      ? opts.mode
      : sessionBudget <= SERVICES_MAX_SESSIONS
        ? 'services'
        : 'bulk';
  const language: Language = opts.language ?? 'en';
  const words = DEMO_WORDS[language];

  const rng = createRng(deriveSeed(seed, 'content'));
  const nowMs = clock.now().getTime();
  const today = isoDay(nowMs);
  const todayMs = Date.parse(`${today}T00:00:00Z`);
  const earliest = todayMs - 730 * DAY_MS;
  const trainingStart = isoDay(todayMs - 800 * DAY_MS);

  const template = defaultTemplate(db, clock, language);
  const writer: DemoWriter =
    mode === 'services'
      ? servicesWriter(db, template.id, language)
      : bulkWriter(db, createRng(deriveSeed(seed, 'ids')), template, language);
  const summary = emptySummary(mode, seed, trainingStart);
  const demo: DemoRun = { seed, rng, words, writer, summary, nowMs, todayMs, earliest, trainingStart };

  // ------------------------------------------------------------------------------------ plan
  const clients = planClients(rng, words, clientCount);
  const engagements = planEngagements(rng, words, clients);
  allocateSessions(rng, engagements, sessionBudget);
  for (const e of engagements) layOut(rng, e, todayMs, earliest);
  for (const e of engagements) for (const c of e.participants) c.engagements.push(e);
  settleClients(rng, words, clients, engagements, nowMs, todayMs);
  summary.scripts = scriptsOf(clients.map((c) => c.fullName));

  // ----------------------------------------------------------------------------------- write
  const run = () => {
    writer.hoursSettings({
      targets: DEMO_TARGETS,
      trainingStartDate: trainingStart,
      applicationDate: null,
      renewalDate: null,
    });
    for (const c of clients) {
      c.id = writer.client(c.fields, c.createdAt);
      summary.clients++;
      if (c.referralIn) {
        const [partyName, partyRole, reason] = c.referralIn;
        writer.referral(
          {
            clientId: c.id,
            direction: 'in',
            partyName,
            partyRole,
            reason,
            date: isoDay(c.createdAt.getTime() - 3 * DAY_MS),
          },
          new Date(c.createdAt.getTime() + 5 * 60_000),
        );
        summary.referrals++;
      }
    }
    let written = 0;
    for (const e of engagements) {
      writeEngagement(demo, e);
      written += e.sessions;
      opts.onProgress?.(written, sessionBudget);
    }
    for (const c of clients) {
      if (c.referralOut) {
        const last = Math.min(nowMs - DAY_MS, Math.max(...c.engagements.map((e) => e.anchor)) + 2 * DAY_MS);
        const [partyName, partyRole, reason] = c.referralOut;
        writer.referral(
          { clientId: c.id, direction: 'out', partyName, partyRole, reason, date: isoDay(last) },
          new Date(last + 10 * 3_600_000),
        );
        summary.referrals++;
      }
      if (c.archivedAt) writer.archiveClient(c.id, c.archivedAt);
    }
    writeReceivedAndCe(demo);
    writeManualHours(demo);
    writer.finish();
  };

  try {
    if (mode === 'services') db.transaction(run)();
    else run();
  } catch (error) {
    writer.abort();
    throw error;
  }
  return summary;
}

/**
 * The practice's default agreement template. In another language than English it reads as the
 * app gives it to a coach in that language (the shipped text in that language, unless changed),
 * so agreements made from it are that language's.
 */
function defaultTemplate(
  db: Db,
  clock: Clock,
  language: Language,
): { id: string; name: string; body: string } {
  const row =
    (db
      .prepare(
        'SELECT id, name, body FROM agreement_template WHERE is_default = 1 ORDER BY created_at, rowid LIMIT 1',
      )
      .get() as { id: string; name: string; body: string } | undefined) ?? seedDefaultTemplate(db, clock);
  return language === 'en' ? row : getTemplate(db, row.id, language);
}
